package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.function.IntFunction;

/**
 * Accessible pagination: a labelled navigation landmark of plain links, the current page marked
 * with aria-current. Every page number is a link so readers can jump anywhere.
 */
public class Pagination extends Nav {

    public Pagination(int current, int total, IntFunction<String> pathOfPage) {
        addClassName("pagination");
        getElement().setAttribute("aria-label", getTranslation("pagination.label"));
        Paragraph status = new Paragraph(getTranslation("pagination.status", current, total));
        status.addClassName("pagination-status");
        UnorderedList list = new UnorderedList();
        if (current > 1) {
            list.add(item(SiteLinks.anchor(pathOfPage.apply(current - 1), getTranslation("pagination.previous")),
                    "pagination-previous"));
        }
        for (int page = 1; page <= total; page++) {
            Anchor link = SiteLinks.anchor(pathOfPage.apply(page), Integer.toString(page));
            link.getElement().setAttribute("aria-label", getTranslation("pagination.page", page));
            if (page == current) {
                link.getElement().setAttribute("aria-current", "page");
            }
            list.add(item(link, "pagination-page"));
        }
        if (current < total) {
            list.add(item(SiteLinks.anchor(pathOfPage.apply(current + 1), getTranslation("pagination.next")),
                    "pagination-next"));
        }
        add(status, list);
    }

    private static ListItem item(Anchor link, String className) {
        ListItem item = new ListItem(link);
        item.addClassName(className);
        return item;
    }
}
