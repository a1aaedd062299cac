package ru.rosnou.international.accessibility.ui;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a toolbar form asks of {@link ReadingSettingsController}: the {@code action} field's value, and for the
 * panel's own buttons their element id and label. The reader script sends {@code choose} with each radio it
 * changes; the header's button sends {@code open} or {@code close}, "Normal version" {@code normal}.
 */
public enum ToolbarAction {
    /** One setting's value, chosen with the reader script ({@code setting} and {@code value} fields). */
    CHOOSE("choose", null, null),
    /** Every group's value at once, without JavaScript (the form's radio fields). */
    APPLY("apply", null, "a11y.apply"),
    RESET("reset", "a11y-reset", "a11y.reset"),
    NORMAL("normal", "a11y-normal", "a11y.normal"),
    CLOSE("close", "a11y-close", "a11y.close"),
    OPEN("open", null, null);

    private final String value;
    private final @Nullable String elementId;
    private final @Nullable String labelKey;

    ToolbarAction(String value, @Nullable String elementId, @Nullable String labelKey) {
        this.value = value;
        this.elementId = elementId;
        this.labelKey = labelKey;
    }

    /** The {@code action} field's value. */
    public String value() {
        return value;
    }

    /** The id of the panel's button for it, if the panel has one with an id. */
    public @Nullable String elementId() {
        return elementId;
    }

    /** The bundles' key of its button's label, if it has a button in the panel. */
    public @Nullable String labelKey() {
        return labelKey;
    }

    public static Optional<ToolbarAction> parse(String value) {
        return Arrays.stream(values()).filter(a -> a.value.equals(value)).findFirst();
    }
}
