package ru.rosnou.international.base.i18n;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The site's two languages. The URL decides the language: Russian lives at the root,
 * English under {@code /en/}, as on the university's real site.
 */
public enum Language {
    RU("ru", ""),
    EN("en", "en");

    private final String code;
    private final String pathPrefix;

    Language(String code, String pathPrefix) {
        this.code = code;
        this.pathPrefix = pathPrefix;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public Language other() {
        return this == RU ? EN : RU;
    }

    /** A site path (without leading slash) in this language: {@code en/association} or {@code association}. */
    public String path(String sitePath) {
        String inner = sitePath == null ? "" : sitePath.replaceAll("^/+", "");
        if (pathPrefix.isEmpty()) {
            return inner;
        }
        return inner.isEmpty() ? pathPrefix : pathPrefix + "/" + inner;
    }

    /** The language of a site path such as {@code en/info-center/inform/x} (leading slash optional). */
    public static Language ofPath(String path) {
        String p = path == null ? "" : path.replaceAll("^/+", "");
        return p.equals("en") || p.startsWith("en/") || p.startsWith("en?") ? EN : RU;
    }

    /**
     * The language a text typed by someone is written in, as far as the site can tell: Russian if it has a
     * Cyrillic letter, English otherwise. For names that carry no language of their own (a social profile's).
     */
    public static Language ofText(String text) {
        return text != null
                        && text.codePoints()
                                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
                ? RU
                : EN;
    }

    public static Language ofCode(@Nullable String code) {
        return "en".equalsIgnoreCase(code) ? EN : RU;
    }

    public static Language ofLocale(@Nullable Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : RU;
    }
}
