package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The box at the top of a form that was sent back: a heading, then each problem as a link to its field (GOV.UK's
 * error summary). It takes focus when the page arrives ({@code autofocus}, and the reader script), so a screen
 * reader reads it first; its links lead to their field with JavaScript off too.
 */
public class ErrorSummary extends Section {

    private final UnorderedList problems = new UnorderedList();

    /** @param idPrefix the form's prefix, such as {@code ask}: the summary is {@code ask-errors} */
    public ErrorSummary(String idPrefix, String heading) {
        setId(idPrefix + "-errors");
        addClassName("error-summary");
        H2 title = new H2(heading);
        title.setId(idPrefix + "-errors-heading");
        add(title);
        getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("autofocus", true);
    }

    /**
     * A problem with one field.
     *
     * @param fieldId the id the field's label names (its group for radio buttons)
     * @param target  the id of the control that takes focus (the first radio button of a group)
     */
    public ErrorSummary problem(String fieldId, String target, String message) {
        link(fieldId, target, message);
        return this;
    }

    /**
     * A problem with one field of a live form: its link puts focus on the field from the server, without following
     * the address (which, under Vaadin's base address, would lead away from the page).
     */
    public ErrorSummary problem(String fieldId, String message, Runnable focus) {
        Anchor link = link(fieldId, fieldId, message);
        link.getElement().addEventListener("click", click -> focus.run()).addEventData("event.preventDefault()");
        return this;
    }

    private Anchor link(String fieldId, String target, String message) {
        if (problems.getParent().isEmpty()) {
            add(problems);
        }
        Anchor link = new Anchor("#" + target, message);
        link.getElement().setAttribute("data-field", fieldId);
        link.getElement().setAttribute("router-ignore", true);
        problems.add(new ListItem(link));
        return link;
    }

    /** A problem with the whole form, such as a failure to store it. */
    public ErrorSummary message(String text) {
        add(new Paragraph(text));
        return this;
    }
}
