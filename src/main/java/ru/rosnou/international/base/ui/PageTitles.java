package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.UI;

/** Document titles: the page's own title, then the site's name, in the page's language. */
public final class PageTitles {

    private PageTitles() {}

    public static String of(String pageTitle) {
        return UI.getCurrent().getTranslation("title.format", pageTitle);
    }
}
