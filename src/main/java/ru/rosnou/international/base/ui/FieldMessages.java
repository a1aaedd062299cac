package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import ru.rosnou.international.base.forms.Problems;

/**
 * Shows a live form's {@link Problems} the one way: each field's message under it (Vaadin's invalid state, which
 * screen readers read with the field), the fields without a problem cleared, and focus on the first field that
 * has one. A form lists its fields once, by the names its service uses.
 */
public final class FieldMessages {

    private record Field(HasValidation validation, Runnable focus) {}

    private final Function<String, String> translation;
    private final Map<String, Field> fields = new LinkedHashMap<>();

    /** @param translation the view's {@code getTranslation} */
    public FieldMessages(Function<String, String> translation) {
        this.translation = translation;
    }

    public <F extends Component & HasValidation> FieldMessages field(String name, F field) {
        return field(name, field, () -> {
            if (field instanceof Focusable<?> focusable) {
                focusable.focus();
            } else {
                field.getElement().callJsFunction("focus");
            }
        });
    }

    /** A field that takes focus its own way, such as a radio group (its chosen or first button). */
    public FieldMessages field(String name, HasValidation field, Runnable focus) {
        fields.put(name, new Field(field, focus));
        return this;
    }

    /** Marks the fields with their problems and clears the others; returns whether there were none. */
    public boolean mark(Problems problems) {
        fields.forEach((name, field) -> {
            String message = problems.of(name).map(translation).orElse(null);
            field.validation().setErrorMessage(message);
            field.validation().setInvalid(message != null);
        });
        return problems.isEmpty();
    }

    /** Marks the fields, then focuses the first with a problem; returns whether there were none. */
    public boolean show(Problems problems) {
        boolean none = mark(problems);
        problems.fields().stream()
                .map(fields::get)
                .filter(field -> field != null)
                .findFirst()
                .ifPresent(field -> field.focus().run());
        return none;
    }
}
