package ru.rosnou.international.accessibility.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A visitor's choices in the "version for the visually impaired": one value for each {@link ReadingSetting}.
 * {@code enabled} is the switch between that version and the normal one; switching off keeps the choices so they
 * come back when switched on. {@code chosen} tells a visitor who never touched the toolbar (whose system
 * preferences then count) from one who chose the defaults.
 */
public record ReadingSettings(Map<ReadingSetting, Choice> choices, boolean enabled, boolean chosen) {

    public static final ReadingSettings DEFAULTS = new ReadingSettings(Map.of(), false, false);

    /** Every setting has a value: those missing from {@code choices} (or not one of its own) take its default. */
    public ReadingSettings {
        Map<ReadingSetting, Choice> complete = new EnumMap<>(ReadingSetting.class);
        for (ReadingSetting setting : ReadingSetting.values()) {
            Choice value = choices.get(setting);
            complete.put(setting, value != null && setting.holds(value) ? value : setting.defaultValue());
        }
        choices = Collections.unmodifiableMap(complete);
    }

    /** A setting is one of a fixed list of values, each with a stable code used in the cookie and the CSS. */
    public interface Choice {
        String code();
    }

    public enum FontScale implements Choice {
        PERCENT_100("100"),
        PERCENT_125("125"),
        PERCENT_150("150"),
        PERCENT_175("175"),
        PERCENT_200("200");

        private final String code;

        FontScale(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public enum LetterSpacing implements Choice {
        NORMAL("normal"),
        MEDIUM("medium"),
        LARGE("large");

        private final String code;

        LetterSpacing(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public enum LineHeight implements Choice {
        NORMAL("1.5"),
        DOUBLE("2"),
        TWO_AND_HALF("2.5");

        private final String code;

        LineHeight(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public enum FontFamily implements Choice {
        SANS_SERIF("sans"),
        SERIF("serif");

        private final String code;

        FontFamily(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public enum ColourScheme implements Choice {
        DEFAULT("default"),
        BLACK_ON_WHITE("black-on-white"),
        WHITE_ON_BLACK("white-on-black"),
        DARK_BLUE_ON_LIGHT_BLUE("blue-on-light-blue"),
        BROWN_ON_BEIGE("brown-on-beige"),
        GREEN_ON_DARK_BROWN("green-on-dark-brown");

        private final String code;

        ColourScheme(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public enum ImageMode implements Choice {
        SHOW("show"),
        HIDE("hide"),
        GREYSCALE("greyscale");

        private final String code;

        ImageMode(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** The value of one setting. */
    public Choice get(ReadingSetting setting) {
        return choices.get(setting);
    }

    public FontScale fontScale() {
        return (FontScale) get(ReadingSetting.FONT_SCALE);
    }

    public LetterSpacing letterSpacing() {
        return (LetterSpacing) get(ReadingSetting.LETTER_SPACING);
    }

    public LineHeight lineHeight() {
        return (LineHeight) get(ReadingSetting.LINE_HEIGHT);
    }

    public FontFamily fontFamily() {
        return (FontFamily) get(ReadingSetting.FONT);
    }

    public ColourScheme colourScheme() {
        return (ColourScheme) get(ReadingSetting.SCHEME);
    }

    public ImageMode images() {
        return (ImageMode) get(ReadingSetting.IMAGES);
    }

    /** The value chosen for its setting, as an explicit choice that switches the version on. */
    public ReadingSettings with(Choice choice) {
        Map<ReadingSetting, Choice> next = new EnumMap<>(choices);
        next.put(ReadingSetting.of(choice), choice);
        return new ReadingSettings(next, true, true);
    }

    public ReadingSettings withEnabled(boolean on) {
        return new ReadingSettings(choices, on, true);
    }

    /** Back to the defaults, as an explicit choice: the version stays on. */
    public ReadingSettings reset() {
        return new ReadingSettings(Map.of(), enabled, true);
    }

    /**
     * The attributes the page's {@code <html>} element carries for these settings; the theme's CSS keys on
     * them. Empty in the normal version and for a visitor who has chosen nothing.
     */
    public Map<String, String> htmlAttributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (!chosen) {
            return attributes;
        }
        attributes.put(ReadingSetting.SWITCH_ATTRIBUTE, enabled ? "on" : "off");
        if (!enabled) {
            return attributes;
        }
        for (ReadingSetting setting : ReadingSetting.values()) {
            attributes.put(setting.attribute(), get(setting).code());
        }
        return attributes;
    }

    /** All attribute names the settings may set, so they can be cleared. */
    public static final List<String> HTML_ATTRIBUTE_NAMES = Stream.concat(
                    Stream.of(ReadingSetting.SWITCH_ATTRIBUTE),
                    Arrays.stream(ReadingSetting.values()).map(ReadingSetting::attribute))
            .toList();
}
