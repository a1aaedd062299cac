package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The field kit of a public {@link NativeForm} (GOV.UK's macros): each field is one call that draws its label, its
 * hints, its error message (with a hidden "Error:" before it) and its control, tied together by {@code
 * aria-describedby} and {@code aria-invalid}, and the form's {@link ErrorSummary} lists the problems in the order
 * the fields were drawn. A field's name is the one the form posts and the service checks; its id is the form's
 * prefix and the name in kebab case ({@code fullName} in the form {@code ask} is {@code ask-full-name}), its error
 * message {@code <id>-error}, a hint {@code <id>-<what>}.
 */
public final class NativeFields {

    private final Component view;
    private final String idPrefix;
    private final Map<String, String> errors;
    /** Each field drawn, in the order of the form, with the id of the control its summary link leads to. */
    private final Map<String, String> focusTargets = new LinkedHashMap<>();

    /**
     * @param view     the view whose language the texts are in
     * @param idPrefix the form's prefix, such as {@code ask}
     * @param errors   the message key of each field's problem, by field name; empty for a fresh form
     */
    public NativeFields(Component view, String idPrefix, Map<String, String> errors) {
        this.view = view;
        this.idPrefix = idPrefix;
        this.errors = Map.copyOf(errors);
    }

    /** The id of a field's control (of a radio group's fieldset). */
    public String id(String field) {
        return idPrefix + "-" + kebab(field);
    }

    /** The id of one choice of a radio group, such as {@code ask-topic-partnerships} for the value PARTNERSHIPS. */
    public String choiceId(String field, String value) {
        return id(field) + "-" + value.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * A one-line text field, required. No {@code required} attribute (GOV.UK's practice): Chromium exposes an empty
     * required field as invalid before the reader has typed anything; the form says it in text and the server checks.
     *
     * @param type       the input's type: {@code text}, {@code email}
     * @param attributes further attributes of the input, such as {@code autocomplete}, in order
     * @param hints      hints shown between the label and the control, made with {@link #hint}
     */
    public Div text(
            String field,
            String type,
            String labelKey,
            @Nullable String value,
            int maxLength,
            Map<String, String> attributes,
            Paragraph... hints) {
        Input input = new Input();
        input.setId(id(field));
        input.getElement().setAttribute("type", type);
        input.getElement().setAttribute("name", field);
        input.getElement().setAttribute("maxlength", Integer.toString(maxLength));
        input.getElement().setAttribute("aria-required", "true");
        if (value != null && !value.isEmpty()) {
            input.getElement().setAttribute("value", value);
        }
        attributes.forEach(input.getElement()::setAttribute);
        return field(field, label(id(field), view.getTranslation(labelKey)), input, hints);
    }

    /** A text area, required. */
    public Div textArea(
            String field, String labelKey, @Nullable String value, int rows, int maxLength, Paragraph... hints) {
        NativeTextArea text = new NativeTextArea(field, value);
        text.setId(id(field));
        text.getElement().setAttribute("rows", Integer.toString(rows));
        text.getElement().setAttribute("maxlength", Integer.toString(maxLength));
        text.getElement().setAttribute("aria-required", "true");
        return field(field, label(id(field), view.getTranslation(labelKey)), text, hints);
    }

    /** One choice of a radio group: the value it posts, its label and whether it is chosen. */
    public record Choice(String value, String label, boolean checked) {}

    /**
     * A required group of radio buttons in a fieldset headed by its legend. Required and invalid belong to the
     * group, not to each radio: a radio group may carry both (a fieldset may take the radiogroup role), a single
     * radio may not. The summary's link leads to the first button.
     */
    public FieldSet radios(String field, String legendKey, List<Choice> choices) {
        FieldSet group = new FieldSet(view.getTranslation(legendKey));
        group.setId(id(field));
        group.addClassName("field");
        group.getElement().setAttribute("role", "radiogroup");
        group.getElement().setAttribute("aria-required", "true");
        errorMessage(field).ifPresent(message -> {
            group.add(message);
            group.addClassName("field-with-error");
            group.getElement().setAttribute("aria-describedby", message.getId().orElseThrow());
            group.getElement().setAttribute("aria-invalid", "true");
        });
        for (Choice choice : choices) {
            String choiceId = choiceId(field, choice.value());
            Input radio = new Input();
            radio.setId(choiceId);
            radio.getElement().setAttribute("type", "radio");
            radio.getElement().setAttribute("name", field);
            radio.getElement().setAttribute("value", choice.value());
            if (choice.checked()) {
                radio.getElement().setAttribute("checked", true);
            }
            group.add(choice(radio, label(choiceId, choice.label())));
        }
        focusTargets.put(
                field,
                choices.isEmpty() ? id(field) : choiceId(field, choices.get(0).value()));
        return group;
    }

    /** A required check box, its label made of the given parts (text and links, such as a policy's). */
    public Div checkbox(String field, String value, boolean checked, Component... labelParts) {
        Input box = new Input();
        box.setId(id(field));
        box.getElement().setAttribute("type", "checkbox");
        box.getElement().setAttribute("name", field);
        box.getElement().setAttribute("value", value);
        box.getElement().setAttribute("aria-required", "true");
        if (checked) {
            box.getElement().setAttribute("checked", true);
        }
        NativeLabel label = new NativeLabel();
        label.setFor(id(field));
        // One box for all the parts: the label is a flex container (to centre its text on the control), and each
        // part of its own would become a column, splitting a sentence from its link.
        label.add(new Span(labelParts));
        Div group = new Div();
        group.addClassName("field");
        errorMessage(field).ifPresent(message -> {
            group.add(message);
            group.addClassName("field-with-error");
            box.getElement().setAttribute("aria-describedby", message.getId().orElseThrow());
            box.getElement().setAttribute("aria-invalid", "true");
        });
        group.add(choice(box, label));
        focusTargets.put(field, id(field));
        return group;
    }

    /** A hint to a field, with the id {@code <field's id>-<what>}, such as {@code ask-email-hint}. */
    public Paragraph hint(String field, String what, String text) {
        Paragraph hint = new Paragraph(text);
        hint.setId(id(field) + "-" + what);
        hint.addClassName("field-hint");
        return hint;
    }

    /** A hidden input; left without a value when the value is empty. */
    public static Input hidden(String name, String value) {
        Input input = new Input();
        input.getElement().setAttribute("type", "hidden");
        input.getElement().setAttribute("name", name);
        if (!value.isEmpty()) {
            input.getElement().setAttribute("value", value);
        }
        return input;
    }

    public static NativeLabel label(String forId, String text) {
        NativeLabel label = new NativeLabel(text);
        label.setFor(forId);
        return label;
    }

    /** Whether any field has a problem. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /**
     * The summary of the problems, {@code <prefix>-errors}, each a link to its field in the order the fields were
     * drawn; empty when there are none. Call it after drawing the fields.
     */
    public Optional<ErrorSummary> summary() {
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        ErrorSummary summary = new ErrorSummary(idPrefix, view.getTranslation("form.errors.title", errors.size()));
        focusTargets.forEach((field, target) -> {
            String key = errors.get(field);
            if (key != null) {
                summary.problem(id(field), target, view.getTranslation(key));
            }
        });
        return Optional.of(summary);
    }

    /** Label, hints, the error message when there is one, then the control, tied together for screen readers. */
    private Div field(String field, NativeLabel label, Component control, Paragraph... hints) {
        Div group = new Div(label);
        group.addClassName("field");
        List<String> describedBy = new ArrayList<>();
        for (Paragraph hint : hints) {
            group.add(hint);
            describedBy.add(hint.getId().orElseThrow());
        }
        errorMessage(field).ifPresent(message -> {
            group.add(message);
            group.addClassName("field-with-error");
            describedBy.add(message.getId().orElseThrow());
            control.getElement().setAttribute("aria-invalid", "true");
        });
        if (!describedBy.isEmpty()) {
            control.getElement().setAttribute("aria-describedby", String.join(" ", describedBy));
        }
        group.add(control);
        focusTargets.put(field, id(field));
        return group;
    }

    private Optional<Paragraph> errorMessage(String field) {
        String key = errors.get(field);
        if (key == null) {
            return Optional.empty();
        }
        // "Error:" is read out before the message; the look tells it to sighted readers.
        Span prefix = new Span(view.getTranslation("form.error.prefix") + " ");
        prefix.addClassName("visually-hidden");
        Paragraph message = new Paragraph(prefix, new Span(view.getTranslation(key)));
        message.setId(id(field) + "-error");
        message.addClassName("field-error");
        return Optional.of(message);
    }

    private static Div choice(Component control, NativeLabel label) {
        Div choice = new Div(control, label);
        choice.addClassName("field-choice");
        return choice;
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
