package ru.rosnou.international.accessibility.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import ru.rosnou.international.accessibility.domain.ReadingSettings.Choice;
import ru.rosnou.international.accessibility.domain.ReadingSettings.ColourScheme;
import ru.rosnou.international.accessibility.domain.ReadingSettings.FontFamily;
import ru.rosnou.international.accessibility.domain.ReadingSettings.FontScale;
import ru.rosnou.international.accessibility.domain.ReadingSettings.ImageMode;
import ru.rosnou.international.accessibility.domain.ReadingSettings.LetterSpacing;
import ru.rosnou.international.accessibility.domain.ReadingSettings.LineHeight;

/**
 * The settings of the "version for the visually impaired", each with every name it goes by: its key in the
 * {@code a11y} cookie, its name in the page (the toolbar's group id {@code a11y-group-NAME}, radio field
 * {@code a11y-NAME} and the reader script's {@code setting}), the {@code <html>} attribute the stylesheet keys on,
 * its label in the interface bundles ({@code LABEL} for the group, {@code LABEL.CODE} for each value) and its
 * default, whose enum gives the allowed values. The toolbar, the cookie, the first response and the no-JavaScript
 * endpoint all go through this list, in this order; adding a setting is one constant here (with its value enum in
 * {@link ReadingSettings}), its texts and its CSS.
 */
public enum ReadingSetting {
    FONT_SCALE("fs", "font-scale", "data-font-scale", "a11y.fontScale", FontScale.PERCENT_100),
    LETTER_SPACING("ls", "letter-spacing", "data-letter-spacing", "a11y.letterSpacing", LetterSpacing.NORMAL),
    LINE_HEIGHT("lh", "line-height", "data-line-height", "a11y.lineHeight", LineHeight.NORMAL),
    FONT("ff", "font", "data-font", "a11y.font", FontFamily.SANS_SERIF),
    SCHEME("cs", "scheme", "data-scheme", "a11y.scheme", ColourScheme.DEFAULT),
    IMAGES("im", "images", "data-images", "a11y.images", ImageMode.SHOW);

    /** The attribute on {@code <html>} that says whether the version is on; the settings' own follow it. */
    public static final String SWITCH_ATTRIBUTE = "data-a11y";

    private final String cookieKey;
    private final String pageName;
    private final String attribute;
    private final String labelKey;
    private final Choice defaultValue;
    private final List<Choice> values;

    <E extends Enum<E> & Choice> ReadingSetting(
            String cookieKey, String pageName, String attribute, String labelKey, E defaultValue) {
        this.cookieKey = cookieKey;
        this.pageName = pageName;
        this.attribute = attribute;
        this.labelKey = labelKey;
        this.defaultValue = defaultValue;
        this.values = List.of(defaultValue.getDeclaringClass().getEnumConstants());
    }

    /** Its key in the cookie value ({@code fs:150}). */
    public String cookieKey() {
        return cookieKey;
    }

    /** Its name in the page: the group's id, the radio field's name (after {@code a11y-}), the script's setting. */
    public String pageName() {
        return pageName;
    }

    /** The name of the toolbar form's radio field. */
    public String formField() {
        return "a11y-" + pageName;
    }

    /** The attribute on {@code <html>} that carries the chosen value's code. */
    public String attribute() {
        return attribute;
    }

    /** The interface bundles' key of the group's label. */
    public String labelKey() {
        return labelKey;
    }

    /** The interface bundles' key of one value's label. */
    public String labelKey(Choice value) {
        return labelKey + "." + value.code();
    }

    public Choice defaultValue() {
        return defaultValue;
    }

    /** The allowed values, in the toolbar's order. */
    public List<Choice> choices() {
        return values;
    }

    /** The value with this code, if it is one of this setting's. */
    public Optional<Choice> value(String code) {
        return values.stream().filter(v -> v.code().equals(code)).findFirst();
    }

    /** Whether the value is one of this setting's. */
    public boolean holds(Choice value) {
        return values.contains(value);
    }

    /** The setting a value belongs to. */
    public static ReadingSetting of(Choice value) {
        return Arrays.stream(values())
                .filter(setting -> setting.holds(value))
                .findFirst()
                .orElseThrow();
    }

    /** The setting with this name in the page. */
    public static Optional<ReadingSetting> named(String pageName) {
        return Arrays.stream(values())
                .filter(setting -> setting.pageName.equals(pageName))
                .findFirst();
    }

    /** The setting with this key in the cookie. */
    public static Optional<ReadingSetting> withCookieKey(String key) {
        return Arrays.stream(values())
                .filter(setting -> setting.cookieKey.equals(key))
                .findFirst();
    }
}
