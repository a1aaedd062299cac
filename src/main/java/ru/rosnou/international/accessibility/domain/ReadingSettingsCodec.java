package ru.rosnou.international.accessibility.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.rosnou.international.accessibility.domain.ReadingSettings.Choice;

/**
 * Writes settings into a short cookie value ({@code v1|fs:150|ls:large|lh:2|ff:serif|cs:white-on-black|im:hide|on:1})
 * and reads them back. Whatever it cannot understand falls back to the default, silently and per setting:
 * a visitor's cookie must never break a page.
 */
public final class ReadingSettingsCodec {

    static final String VERSION = "v1";
    static final int MAX_LENGTH = 200;
    private static final String ENABLED_KEY = "on";

    private ReadingSettingsCodec() {}

    public static String format(ReadingSettings settings) {
        List<String> parts = new ArrayList<>();
        parts.add(VERSION);
        for (ReadingSetting setting : ReadingSetting.values()) {
            parts.add(setting.cookieKey() + ":" + settings.get(setting).code());
        }
        parts.add(ENABLED_KEY + ":" + (settings.enabled() ? "1" : "0"));
        return String.join("|", parts);
    }

    public static ReadingSettings parse(String value) {
        if (value == null || value.length() > MAX_LENGTH || !value.startsWith(VERSION + "|")) {
            return ReadingSettings.DEFAULTS;
        }
        Map<ReadingSetting, Choice> choices = new EnumMap<>(ReadingSetting.class);
        boolean enabled = true;
        List<String> parts = new ArrayList<>(List.of(value.split("\\|", 20)));
        for (String part : parts.subList(1, parts.size())) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = part.substring(0, colon);
            String code = part.substring(colon + 1);
            if (key.equals(ENABLED_KEY)) {
                enabled = !"0".equals(code);
                continue;
            }
            // Unknown keys come from newer or foreign cookies, unknown values from older ones: ignore them.
            Optional<ReadingSetting> setting = ReadingSetting.withCookieKey(key);
            setting.flatMap(s -> s.value(code)).ifPresent(choice -> choices.put(setting.get(), choice));
        }
        return new ReadingSettings(choices, enabled, true);
    }
}
