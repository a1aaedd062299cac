package ru.rosnou.international.accessibility.domain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A visitor's choices in the "version for the visually impaired". {@code enabled} is the switch between
 * that version and the normal one; switching off keeps the choices so they come back when switched on.
 * {@code chosen} tells a visitor who never touched the toolbar (whose system preferences then count)
 * from one who chose the defaults.
 */
public record ReadingSettings(
        FontScale fontScale,
        LetterSpacing letterSpacing,
        LineHeight lineHeight,
        FontFamily fontFamily,
        ColourScheme colourScheme,
        ImageMode images,
        boolean enabled,
        boolean chosen) {

    public static final ReadingSettings DEFAULTS = new ReadingSettings(
            FontScale.PERCENT_100,
            LetterSpacing.NORMAL,
            LineHeight.NORMAL,
            FontFamily.SANS_SERIF,
            ColourScheme.DEFAULT,
            ImageMode.SHOW,
            false,
            false);

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

    public static <E extends Enum<E> & Choice> Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> value.code().equals(code))
                .findFirst();
    }

    public ReadingSettings with(Choice choice) {
        ReadingSettings s = this;
        if (choice instanceof FontScale v) {
            s = new ReadingSettings(v, letterSpacing, lineHeight, fontFamily, colourScheme, images, true, true);
        } else if (choice instanceof LetterSpacing v) {
            s = new ReadingSettings(fontScale, v, lineHeight, fontFamily, colourScheme, images, true, true);
        } else if (choice instanceof LineHeight v) {
            s = new ReadingSettings(fontScale, letterSpacing, v, fontFamily, colourScheme, images, true, true);
        } else if (choice instanceof FontFamily v) {
            s = new ReadingSettings(fontScale, letterSpacing, lineHeight, v, colourScheme, images, true, true);
        } else if (choice instanceof ColourScheme v) {
            s = new ReadingSettings(fontScale, letterSpacing, lineHeight, fontFamily, v, images, true, true);
        } else if (choice instanceof ImageMode v) {
            s = new ReadingSettings(fontScale, letterSpacing, lineHeight, fontFamily, colourScheme, v, true, true);
        }
        return s;
    }

    public ReadingSettings withEnabled(boolean on) {
        return new ReadingSettings(fontScale, letterSpacing, lineHeight, fontFamily, colourScheme, images, on, true);
    }

    /** Back to the defaults, as an explicit choice: the version stays on. */
    public ReadingSettings reset() {
        return new ReadingSettings(
                FontScale.PERCENT_100,
                LetterSpacing.NORMAL,
                LineHeight.NORMAL,
                FontFamily.SANS_SERIF,
                ColourScheme.DEFAULT,
                ImageMode.SHOW,
                enabled,
                true);
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
        attributes.put("data-a11y", enabled ? "on" : "off");
        if (!enabled) {
            return attributes;
        }
        attributes.put("data-font-scale", fontScale.code());
        attributes.put("data-letter-spacing", letterSpacing.code());
        attributes.put("data-line-height", lineHeight.code());
        attributes.put("data-font", fontFamily.code());
        attributes.put("data-scheme", colourScheme.code());
        attributes.put("data-images", images.code());
        return attributes;
    }

    /** All attribute names the settings may set, so they can be cleared. */
    public static final java.util.List<String> HTML_ATTRIBUTE_NAMES = java.util.List.of(
            "data-a11y",
            "data-font-scale",
            "data-letter-spacing",
            "data-line-height",
            "data-font",
            "data-scheme",
            "data-images");
}
