package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import ru.rosnou.international.base.i18n.Language;

/**
 * Names for the buttons and links that act on one item of a list ("Edit", "Delete"): the visible word, then, for
 * screen readers only, which item, marked with the item's own language. One {@code aria-label} holding both,
 * "Edit: Студенческий обмен", is read in one voice, so an English voice would spell out the Russian (WCAG 3.1.2).
 */
public final class ItemActions {

    private ItemActions() {}

    /** Gives the control the content "{action}: {item}", where only the action is visible. */
    public static <T extends HasComponents> T name(T control, String action, String item, Language itemLanguage) {
        Span which = new Span(item);
        which.getElement().setAttribute("lang", itemLanguage.code());
        Span hidden = new Span(new Text(": "), which);
        hidden.addClassName("visually-hidden");
        control.getElement().removeAllChildren();
        control.getElement().removeAttribute("aria-label");
        control.add(new Text(action), hidden);
        return control;
    }
}
