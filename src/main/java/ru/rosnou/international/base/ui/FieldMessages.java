package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasOrderedComponents;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import ru.rosnou.international.base.forms.Problems;

/**
 * Shows a live form's {@link Problems} the one way every form does: each field's message under it (Vaadin's invalid
 * state, which screen readers read with the field), the fields without a problem cleared and, with a summary, the
 * problems listed at the top of the form as links to their fields, the summary taking focus (GOV.UK's error
 * summary, as the question form has it); without one, focus goes to the first field with a problem. A form lists
 * its fields once, by the names its service uses.
 */
public final class FieldMessages {

    private record Field(HasValidation validation, Runnable focus) {}

    private final Component view;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private @Nullable HasOrderedComponents form;
    private String idPrefix = "";
    private int headingLevel = 2;
    private @Nullable ErrorSummary summary;

    /** @param view the view whose language the messages are in */
    public FieldMessages(Component view) {
        this.view = view;
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

    /** Lists the problems at the top of the form, in a summary with the id {@code idPrefix-errors}. */
    public FieldMessages withSummary(HasOrderedComponents form, String idPrefix) {
        return withSummary(form, idPrefix, 2);
    }

    /**
     * Lists the problems at the top of a form in a part of the page with a heading of its own: the summary's
     * heading is one level below that part's ({@code headingLevel} 3 for a form in a section headed by an h2).
     */
    public FieldMessages withSummary(HasOrderedComponents form, String idPrefix, int headingLevel) {
        this.form = form;
        this.idPrefix = idPrefix;
        this.headingLevel = headingLevel;
        return this;
    }

    /** Marks the fields with their problems and clears the others; returns whether there were none. */
    public boolean mark(Problems problems) {
        fields.forEach((name, field) -> {
            String message = problems.of(name).map(view::getTranslation).orElse(null);
            field.validation().setErrorMessage(message);
            field.validation().setInvalid(message != null);
        });
        return problems.isEmpty();
    }

    /** Marks the fields and shows the summary or focuses the first field with a problem; true when there were none. */
    public boolean show(Problems problems) {
        boolean none = mark(problems);
        showInTitle(!none);
        if (summary != null) {
            summary.removeFromParent();
            summary = null;
        }
        if (none) {
            return true;
        }
        if (form == null) {
            problems.fields().stream()
                    .map(fields::get)
                    .filter(field -> field != null)
                    .findFirst()
                    .ifPresent(field -> field.focus().run());
            return false;
        }
        ErrorSummary shown =
                new ErrorSummary(idPrefix, view.getTranslation("form.errors.title", problems.count()), headingLevel);
        problems.byField().forEach((name, key) -> {
            Field field = fields.get(name);
            if (field != null) {
                shown.problem(
                        ((Component) field.validation()).getId().orElse(name), view.getTranslation(key), field.focus());
            }
        });
        form.addComponentAsFirst(shown);
        shown.getElement().callJsFunction("focus");
        summary = shown;
        return false;
    }

    /**
     * The window title starts with "Error:" while the form shows problems, as the pages sent back by the public
     * forms do, so that the first thing a screen reader's title announcement says is that something went wrong;
     * the plain title comes back once the form is accepted.
     */
    private void showInTitle(boolean problems) {
        if (view instanceof HasDynamicTitle titled) {
            String title = titled.getPageTitle();
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.getPage().setTitle(problems ? view.getTranslation("form.error.title", title) : title);
            }
        }
    }
}
