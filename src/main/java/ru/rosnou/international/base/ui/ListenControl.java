package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import ru.rosnou.international.base.i18n.Language;

/**
 * Reads a part of the page aloud with the browser's own speech synthesis, in the text's language.
 * It never starts by itself; it is stopped on every navigation by the layout. It arrives hidden and is shown only
 * by script where the browser has speech synthesis: without script (or without speech) it could do nothing.
 */
public class ListenControl extends Div {

    private final NativeButton pause;

    public ListenControl(String targetSelector, Language language) {
        addClassName("listen-control");
        setId("listen-control");
        Span label = new Span(getTranslation("listen.label"));
        label.setId("listen-label");
        label.addClassName("listen-label");
        getElement().setAttribute("role", "group");
        // For the reader script of pages without Vaadin's client: what to read, in which language.
        getElement().setAttribute("data-target", targetSelector);
        getElement().setAttribute("data-lang", language.code());
        getElement().setAttribute("aria-labelledby", "listen-label");
        NativeButton start = new NativeButton(getTranslation("listen.start"), click -> start(targetSelector, language));
        start.setId("listen-start");
        pause = new NativeButton(getTranslation("listen.pause"), click -> togglePause());
        pause.setId("listen-pause");
        pause.getElement().setAttribute("aria-pressed", "false");
        NativeButton stop = new NativeButton(getTranslation("listen.stop"), click -> stop());
        stop.setId("listen-stop");
        add(label, start, pause, stop);
        getElement().setAttribute("hidden", true);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("this.hidden = !('speechSynthesis' in window);");
    }

    private void start(String targetSelector, Language language) {
        pause.getElement().setAttribute("aria-pressed", "false");
        // One utterance per block: long single utterances are cut off by some engines.
        getElement().executeJs("""
                const target = document.querySelector($0);
                if (!target || !window.speechSynthesis) { return; }
                const synth = window.speechSynthesis;
                synth.cancel();
                const voice = synth.getVoices().find(v => (v.lang || '').toLowerCase().startsWith($1));
                target.querySelectorAll('h1, h2, h3, p, li, figcaption').forEach(block => {
                  if (block.closest('.listen-control') || !block.innerText.trim()) { return; }
                  const utterance = new SpeechSynthesisUtterance(block.innerText);
                  utterance.lang = $1;
                  if (voice) { utterance.voice = voice; }
                  synth.speak(utterance);
                });""", targetSelector, language.code());
    }

    private void togglePause() {
        boolean paused = "true".equals(pause.getElement().getAttribute("aria-pressed"));
        pause.getElement().setAttribute("aria-pressed", Boolean.toString(!paused));
        getElement()
                .executeJs(
                        paused
                                ? "window.speechSynthesis && window.speechSynthesis.resume();"
                                : "window.speechSynthesis && window.speechSynthesis.pause();");
    }

    private void stop() {
        pause.getElement().setAttribute("aria-pressed", "false");
        getElement().executeJs("window.speechSynthesis && window.speechSynthesis.cancel();");
    }
}
