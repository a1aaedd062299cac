package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.UI;

/**
 * Puts focus back after a part of the page was drawn anew, where a keyboard user was: the first of the given
 * element ids that is on the page once the browser has the new parts (for example a row's button, else the list's
 * first button). One way for every view, so that focus never silently falls back to the top of the page.
 */
public final class Focus {

    private Focus() {}

    public static void returnTo(String... ids) {
        UI.getCurrent().getPage().executeJs("""
                for (const id of $0.split(' ')) {
                  const e = document.getElementById(id);
                  if (e && !e.disabled) { e.focus(); return; }
                }""", String.join(" ", ids));
    }
}
