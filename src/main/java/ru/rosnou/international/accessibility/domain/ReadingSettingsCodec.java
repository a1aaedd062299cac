package ru.rosnou.international.accessibility.domain;

import java.util.ArrayList;
import java.util.List;
import ru.rosnou.international.accessibility.domain.ReadingSettings.ColourScheme;
import ru.rosnou.international.accessibility.domain.ReadingSettings.FontFamily;
import ru.rosnou.international.accessibility.domain.ReadingSettings.FontScale;
import ru.rosnou.international.accessibility.domain.ReadingSettings.ImageMode;
import ru.rosnou.international.accessibility.domain.ReadingSettings.LetterSpacing;
import ru.rosnou.international.accessibility.domain.ReadingSettings.LineHeight;

/**
 * Writes settings into a short cookie value ({@code v1|fs:150|ls:large|lh:2|ff:serif|cs:white-on-black|im:hide|on:1})
 * and reads them back. Whatever it cannot understand falls back to the default, silently and per setting:
 * a visitor's cookie must never break a page.
 */
public final class ReadingSettingsCodec {

    static final String VERSION = "v1";
    static final int MAX_LENGTH = 200;

    private ReadingSettingsCodec() {}

    public static String format(ReadingSettings settings) {
        return String.join(
                "|",
                VERSION,
                "fs:" + settings.fontScale().code(),
                "ls:" + settings.letterSpacing().code(),
                "lh:" + settings.lineHeight().code(),
                "ff:" + settings.fontFamily().code(),
                "cs:" + settings.colourScheme().code(),
                "im:" + settings.images().code(),
                "on:" + (settings.enabled() ? "1" : "0"));
    }

    public static ReadingSettings parse(String value) {
        if (value == null || value.length() > MAX_LENGTH || !value.startsWith(VERSION + "|")) {
            return ReadingSettings.DEFAULTS;
        }
        ReadingSettings d = ReadingSettings.DEFAULTS;
        FontScale fontScale = d.fontScale();
        LetterSpacing letterSpacing = d.letterSpacing();
        LineHeight lineHeight = d.lineHeight();
        FontFamily fontFamily = d.fontFamily();
        ColourScheme scheme = d.colourScheme();
        ImageMode images = d.images();
        boolean enabled = true;
        List<String> parts = new ArrayList<>(List.of(value.split("\\|", 20)));
        for (String part : parts.subList(1, parts.size())) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = part.substring(0, colon);
            String code = part.substring(colon + 1);
            switch (key) {
                case "fs" ->
                    fontScale = ReadingSettings.parse(FontScale.class, code).orElse(fontScale);
                case "ls" ->
                    letterSpacing =
                            ReadingSettings.parse(LetterSpacing.class, code).orElse(letterSpacing);
                case "lh" ->
                    lineHeight = ReadingSettings.parse(LineHeight.class, code).orElse(lineHeight);
                case "ff" ->
                    fontFamily = ReadingSettings.parse(FontFamily.class, code).orElse(fontFamily);
                case "cs" ->
                    scheme = ReadingSettings.parse(ColourScheme.class, code).orElse(scheme);
                case "im" ->
                    images = ReadingSettings.parse(ImageMode.class, code).orElse(images);
                case "on" -> enabled = !"0".equals(code);
                default -> {
                    // Unknown keys come from newer or foreign cookies: ignore them.
                }
            }
        }
        return new ReadingSettings(fontScale, letterSpacing, lineHeight, fontFamily, scheme, images, enabled, true);
    }
}
