package ru.rosnou.international.news.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.rosnou.international.base.reading.PageAddress;
import ru.rosnou.international.base.reading.PageMetadata;
import ru.rosnou.international.base.reading.ReadingView;
import ru.rosnou.international.base.reading.ReadsQuery;
import ru.rosnou.international.base.ui.Pagination;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.news.domain.ArticleSummary;
import ru.rosnou.international.news.service.NewsFilter;
import ru.rosnou.international.news.service.NewsPage;
import ru.rosnou.international.news.service.NewsService;
import ru.rosnou.international.news.service.TopicName;

/**
 * The home page of each language: news newest first, filtered by year and topic through plain links
 * whose URLs can be shared ({@code ?year=2020&topic=association&page=2}).
 */
@Route(value = SiteAddresses.HOME)
@RouteAlias(value = SiteAddresses.EN_HOME)
@RouteAlias(value = SiteAddresses.NEWS)
@RouteAlias(value = SiteAddresses.EN + SiteAddresses.NEWS)
@AnonymousAllowed
@ReadsQuery({"page", "year", "topic"})
public class NewsListView extends ReadingView {

    private final NewsService news;
    private NewsFilter filter = NewsFilter.NONE;

    public NewsListView(NewsService news) {
        this.news = news;
        addClassName("news-list-page");
    }

    @Override
    protected Optional<PageMetadata> render(PageAddress address) {
        List<TopicName> topics = news.topics(language());
        // An unknown topic (a mistyped or outdated link) is ignored rather than showing an empty list.
        String topic = address.single("topic")
                .filter(slug -> topics.stream().anyMatch(known -> known.slug().equals(slug)))
                .orElse(null);
        filter = new NewsFilter(year(address), topic);
        int requestedPage =
                address.single("page").flatMap(NewsListView::parseInt).orElse(1);
        NewsPage page = news.list(language(), filter, requestedPage);
        draw(page, news.years(language()), topics);
        String canonical = SiteLinks.newsList(language(), filter.year(), filter.topic(), page.number());
        PageMetadata metadata = PageMetadata.website(
                title(topics, page),
                getTranslation("meta.news.description"),
                canonical,
                Optional.of(SiteLinks.newsList(language().other(), filter.year(), filter.topic(), 1)));
        // A topic's page advertises the topic's own feed (autodiscovery), beside the site's news feed.
        Optional<TopicName> chosen =
                topics.stream().filter(t -> t.slug().equals(topic)).findFirst();
        return Optional.of(chosen.map(t -> metadata.withFeed(new PageMetadata.Feed(
                        getTranslation("feed.topic.title", t.name()), FeedController.path(language(), t.slug()))))
                .orElse(metadata));
    }

    private void draw(NewsPage page, List<Integer> years, List<TopicName> topics) {
        add(new H1(getTranslation("news.title")));
        add(new NewsFilters(filter, years, topics, (year, topic) -> SiteLinks.newsList(language(), year, topic, 1)));

        Paragraph found = new Paragraph(getTranslation("news.found", page.totalItems()));
        found.addClassName("news-found");
        add(found);
        if (page.items().isEmpty()) {
            add(
                    new Paragraph(getTranslation("news.empty")),
                    new Paragraph(SiteLinks.anchor(SiteLinks.home(language()), getTranslation("news.showAll"))));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("news-list");
        for (ArticleSummary item : page.items()) {
            list.add(new ListItem(new NewsCard(item, language())));
        }
        add(list);
        if (page.totalPages() > 1) {
            add(new Pagination(
                    page.number(),
                    page.totalPages(),
                    number -> SiteLinks.newsList(language(), filter.year(), filter.topic(), number)));
        }
    }

    private String title(List<TopicName> topics, NewsPage page) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("news.title"));
        if (filter.year() != null) {
            parts.add(filter.year().toString());
        }
        topics.stream()
                .filter(t -> t.slug().equals(filter.topic()))
                .findFirst()
                .ifPresent(topic -> parts.add(topic.name()));
        if (page.number() > 1) {
            parts.add(getTranslation("pagination.page", page.number()));
        }
        return String.join(", ", parts);
    }

    public static Integer year(PageAddress address) {
        return address.single("year")
                .flatMap(NewsListView::parseInt)
                .filter(year -> year >= 1900 && year <= 2999)
                .orElse(null);
    }

    public static Optional<Integer> parseInt(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
