package ru.rosnou.international.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import ru.rosnou.international.base.i18n.Language;

/** Helpers for views whose language comes from their URL. */
public final class LanguageView {

    private LanguageView() {}

    public static Language of(BeforeEnterEvent event) {
        return Language.ofPath(event.getLocation().getPath());
    }
}
