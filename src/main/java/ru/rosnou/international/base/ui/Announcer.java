package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

/**
 * The page's one polite live region. It stays in the layout for the whole visit, so screen readers
 * keep watching it; messages are written into it rather than shown as notifications.
 */
public class Announcer extends Div {

    public Announcer() {
        setId("announcer");
        addClassName("visually-hidden");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "true");
    }

    public void announce(String message) {
        setText(message);
    }

    /** Says a status message in the current page's live region (the layout's announcer), without moving focus. */
    public static void say(String message) {
        UI.getCurrent()
                .getChildren()
                .flatMap(Component::getChildren)
                .filter(Announcer.class::isInstance)
                .map(Announcer.class::cast)
                .findFirst()
                .ifPresent(announcer -> announcer.announce(message));
    }
}
