package ru.rosnou.international.site;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.events.ui.EventAddresses;

/** The primary navigation, with the current page marked for screen readers ({@code aria-current}). */
class SiteNavigation extends Nav {

    SiteNavigation() {
        addClassName("site-nav");
    }

    void render(Language language) {
        removeAll();
        getElement().setAttribute("aria-label", getTranslation("nav.label"));
        add(new UnorderedList(
                new ListItem(SiteLinks.anchor(SiteLinks.home(language), getTranslation("nav.news"))),
                new ListItem(SiteLinks.anchor(EventAddresses.list(language), getTranslation("nav.events"))),
                new ListItem(SiteLinks.anchor(SiteLinks.association(language), getTranslation("nav.association")))));
    }

    void markCurrent(String path) {
        getElement().getChild(0).getChildren().map(item -> item.getChild(0)).forEach(link -> {
            String href = link.getAttribute("href");
            boolean current = href != null && href.equals(SiteLinks.href(path));
            if (current) {
                link.setAttribute("aria-current", "page");
            } else {
                link.removeAttribute("aria-current");
            }
        });
    }
}
