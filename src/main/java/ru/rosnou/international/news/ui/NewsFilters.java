package ru.rosnou.international.news.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.news.service.NewsFilter;
import ru.rosnou.international.news.service.TopicName;

/**
 * The year and topic filters of a list (the news list, search results) as plain links, the chosen ones marked
 * with aria-current. They fold into a native disclosure so that on a phone the list comes first; it is open
 * while a filter is active, so the reader sees what is chosen.
 */
public class NewsFilters extends NativeDetails {

    /** @param pathOf the address of the list with a year and a topic (either may be null: all) */
    public NewsFilters(
            NewsFilter filter,
            List<Integer> years,
            List<TopicName> topics,
            BiFunction<Integer, String, String> pathOf) {
        List<FilterLink> yearLinks = new ArrayList<>();
        yearLinks.add(new FilterLink(
                getTranslation("news.filter.allYears"), pathOf.apply(null, filter.topic()), filter.year() == null));
        for (Integer year : years) {
            yearLinks.add(
                    new FilterLink(year.toString(), pathOf.apply(year, filter.topic()), year.equals(filter.year())));
        }
        List<FilterLink> topicLinks = new ArrayList<>();
        topicLinks.add(new FilterLink(
                getTranslation("news.filter.allTopics"), pathOf.apply(filter.year(), null), filter.topic() == null));
        for (TopicName topic : topics) {
            topicLinks.add(new FilterLink(
                    topic.name(),
                    pathOf.apply(filter.year(), topic.slug()),
                    topic.slug().equals(filter.topic())));
        }
        Div navs = new Div(
                filterNav("filter-years", getTranslation("news.filter.years"), yearLinks),
                filterNav("filter-topics", getTranslation("news.filter.topics"), topicLinks));
        navs.addClassName("news-filters");
        List<String> chosen = new ArrayList<>();
        if (filter.year() != null) {
            chosen.add(filter.year().toString());
        }
        topics.stream()
                .filter(t -> t.slug().equals(filter.topic()))
                .findFirst()
                .map(TopicName::name)
                .ifPresent(chosen::add);
        setSummaryText(
                getTranslation("news.filter.heading") + (chosen.isEmpty() ? "" : ": " + String.join(", ", chosen)));
        setContent(navs);
        addClassName("news-filter-details");
        setOpen(filter.year() != null || filter.topic() != null);
    }

    private static Nav filterNav(String id, String heading, List<FilterLink> links) {
        H2 title = new H2(heading);
        title.setId(id + "-heading");
        UnorderedList list = new UnorderedList();
        for (FilterLink link : links) {
            Anchor anchor = SiteLinks.anchor(link.path(), link.text());
            if (link.current()) {
                anchor.getElement().setAttribute("aria-current", "true");
            }
            list.add(new ListItem(anchor));
        }
        Nav nav = new Nav(title, list);
        nav.setId(id);
        nav.addClassName("filter");
        nav.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        return nav;
    }

    private record FilterLink(String text, String path, boolean current) {}
}
