package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Accessible pagination: a labelled navigation landmark of plain links, the current page marked with
 * aria-current, "page N of M" in words. It shows a window (the first and last pages and the current page's
 * neighbours, gaps marked with an ellipsis), so a list of 8,000 pages is a dozen links, not 8,000.
 */
public class Pagination extends Nav {

    /** Pages shown on each side of the current one. */
    static final int NEIGHBOURS = 2;

    public Pagination(int current, int total, IntFunction<String> pathOfPage) {
        addClassName("pagination");
        getElement().setAttribute("aria-label", getTranslation("pagination.label"));
        Paragraph status = new Paragraph(getTranslation("pagination.status", current, total));
        status.addClassName("pagination-status");
        UnorderedList list = new UnorderedList();
        if (current > 1) {
            list.add(item(
                    SiteLinks.anchor(pathOfPage.apply(current - 1), getTranslation("pagination.previous")),
                    "pagination-previous"));
        }
        int previous = 0;
        for (int page : window(current, total)) {
            if (page > previous + 1) {
                // A gap in the window; hidden from screen readers, which hear "page 1", then "page 3998".
                Span gap = new Span("…");
                gap.getElement().setAttribute("aria-hidden", "true");
                ListItem item = new ListItem(gap);
                item.addClassName("pagination-gap");
                list.add(item);
            }
            Anchor link = SiteLinks.anchor(pathOfPage.apply(page), Integer.toString(page));
            link.getElement().setAttribute("aria-label", getTranslation("pagination.page", page));
            if (page == current) {
                link.getElement().setAttribute("aria-current", "page");
            }
            list.add(item(link, "pagination-page"));
            previous = page;
        }
        if (current < total) {
            list.add(item(
                    SiteLinks.anchor(pathOfPage.apply(current + 1), getTranslation("pagination.next")),
                    "pagination-next"));
        }
        add(status, list);
    }

    /** The page numbers to link, in order: first, last, and the current page with its neighbours. */
    static SortedSet<Integer> window(int current, int total) {
        SortedSet<Integer> pages = new TreeSet<>();
        pages.add(1);
        pages.add(total);
        for (int page = Math.max(1, current - NEIGHBOURS); page <= Math.min(total, current + NEIGHBOURS); page++) {
            pages.add(page);
        }
        // A gap of a single page is not worth an ellipsis: show that page instead.
        if (pages.contains(3) && !pages.contains(2) && total >= 3) {
            pages.add(2);
        }
        if (pages.contains(total - 2) && !pages.contains(total - 1) && total >= 3) {
            pages.add(total - 1);
        }
        return pages;
    }

    private static ListItem item(Anchor link, String className) {
        ListItem item = new ListItem(link);
        item.addClassName(className);
        return item;
    }
}
