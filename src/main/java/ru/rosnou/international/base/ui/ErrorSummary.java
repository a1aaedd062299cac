package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
        this(idPrefix, heading, 2);
    }

    /**
     * @param headingLevel the level of the summary's heading: one below the heading of the part of the page the
     *     form belongs to (2 for a form right under the page's h1, 3 for one in a section headed by an h2)
     */
    public ErrorSummary(String idPrefix, String heading, int headingLevel) {
        setId(idPrefix + "-errors");
        addClassName("error-summary");
        HtmlContainer title = headingLevel == 3 ? new H3(heading) : new H2(heading);
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
        // Under Vaadin's <base href> a bare "#field" means the site's root: opened in a new tab or copied, the
        // link would lead to the home page. The page's own address comes first, as the skip link has it.
        link.setHref(pageAddress() + "#" + fieldId);
        link.getElement().addEventListener("click", click -> focus.run()).addEventData("event.preventDefault()");
        return this;
    }

    /** The live page's address relative to the base (no leading slash, as Vaadin's router writes it). */
    private static String pageAddress() {
        UI ui = UI.getCurrent();
        return ui == null ? "" : ui.getInternals().getActiveViewLocation().getPathWithQueryParameters();
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
