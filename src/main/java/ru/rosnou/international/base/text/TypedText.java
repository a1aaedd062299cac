package ru.rosnou.international.base.text;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Text that people type (names, questions) as the site keeps it: names in Unicode's compatibility form (NFKC),
 * so that "ｃｈｉｅｆ" and "chief" are one name, free text composed (NFC); and all of it without characters that change how the text around them looks
 * or reads while showing nothing themselves: controls, zero-width and byte-order marks, right-to-left overrides
 * and isolates (U+202E makes "nimda" read "admin"), private-use and unassigned code points.
 */
public final class TypedText {

    private TypedText() {}

    /** NFKC, without leading and trailing white space; empty for null. */
    public static String normalised(@Nullable String text) {
        return text == null
                ? ""
                : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /**
     * NFC, without leading and trailing white space; empty for null. For free text, where compatibility forms
     * carry meaning ("m²" is not "m2").
     */
    public static String composed(@Nullable String text) {
        return text == null
                ? ""
                : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** Whether every character shows itself; line breaks and tabs count as such only in multi-line text. */
    public static boolean isVisible(String text, boolean multiLine) {
        return text == null || text.codePoints().allMatch(c -> shows(c, multiLine));
    }

    private static boolean shows(int c, boolean multiLine) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return multiLine;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.SURROGATE,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
