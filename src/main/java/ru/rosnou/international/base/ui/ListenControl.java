package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import ru.rosnou.international.base.i18n.Language;

/**
 * Reads a part of the page aloud with the browser's own speech synthesis, in the text's language: the markup only.
 * It is on reading pages, which arrive as first responses, so {@code reader.js} runs it (start, pause, stop, stopped
 * when the page is left); it never starts by itself. It arrives hidden and is shown only by that script where the
 * browser has speech synthesis: without script (or without speech) it could do nothing.
 */
public class ListenControl extends Div {

    public ListenControl(String targetSelector, Language language) {
        addClassName("listen-control");
        setId("listen-control");
        Span label = new Span(getTranslation("listen.label"));
        label.setId("listen-label");
        label.addClassName("listen-label");
        getElement().setAttribute("role", "group");
        // For the reader script: what to read, in which language.
        getElement().setAttribute("data-target", targetSelector);
        getElement().setAttribute("data-lang", language.code());
        getElement().setAttribute("aria-labelledby", "listen-label");
        NativeButton start = new NativeButton(getTranslation("listen.start"));
        start.setId("listen-start");
        NativeButton pause = new NativeButton(getTranslation("listen.pause"));
        pause.setId("listen-pause");
        pause.getElement().setAttribute("aria-pressed", "false");
        NativeButton stop = new NativeButton(getTranslation("listen.stop"));
        stop.setId("listen-stop");
        add(label, start, pause, stop);
        getElement().setAttribute("hidden", true);
    }
}
