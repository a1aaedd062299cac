package ru.rosnou.international.news.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.i18n.Plural;
import ru.rosnou.international.base.reading.PageAddress;
import ru.rosnou.international.base.reading.PageMetadata;
import ru.rosnou.international.base.reading.ReadsQuery;
import ru.rosnou.international.base.reading.UnlistedReadingView;
import ru.rosnou.international.base.ui.Pagination;
import ru.rosnou.international.base.ui.SearchForm;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.ui.Time;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.news.search.service.HighlightedText;
import ru.rosnou.international.news.search.service.NewsSearch;
import ru.rosnou.international.news.search.service.SearchQuery;
import ru.rosnou.international.news.search.service.SearchResults;
import ru.rosnou.international.news.service.NewsFilter;
import ru.rosnou.international.news.service.NewsService;
import ru.rosnou.international.news.service.TopicName;
import ru.rosnou.international.news.ui.NewsFilters;
import ru.rosnou.international.news.ui.NewsListView;

/**
 * Search results of one language ({@code search?q=…}, {@code en/search?q=…}): the count in the heading, each
 * result's title, date and the passage with the matched words marked, the year and topic filters and pages as
 * plain links, and help when nothing is found. It is a plain GET form, so it works with JavaScript off.
 */
@Route(value = SiteAddresses.SEARCH)
@RouteAlias(value = SiteAddresses.EN + SiteAddresses.SEARCH)
@AnonymousAllowed
@ReadsQuery({"q", "page", "topic"})
public class SearchView extends UnlistedReadingView {

    private final NewsSearch search;
    private final NewsService news;

    public SearchView(NewsSearch search, NewsService news) {
        this.search = search;
        this.news = news;
        addClassName("search-page");
    }

    @Override
    protected Optional<PageMetadata> render(PageAddress address) {
        SearchQuery query = SearchQuery.of(address.single("q").orElse(""));
        List<TopicName> topics = news.topics(language());
        String topic = address.single("topic")
                .filter(slug -> topics.stream().anyMatch(known -> known.slug().equals(slug)))
                .orElse(null);
        NewsFilter filter = new NewsFilter(NewsListView.year(address), topic);
        int requestedPage =
                address.single("page").flatMap(NewsListView::parseInt).orElse(1);
        SearchResults results = search.search(language(), query, filter, requestedPage);

        String heading = heading(results);
        add(new H1(heading));
        add(new SearchForm(
                language(),
                "search",
                getTranslation("search.again.landmark"),
                getTranslation("search.again.label"),
                true,
                query.text()));
        if (query.shortened()) {
            add(notice(getTranslation("search.shortened", SearchQuery.MAX_LENGTH)));
        }
        if (results.indexIncomplete()) {
            add(notice(getTranslation("search.indexIncomplete")));
        }
        if (query.isEmpty()) {
            add(new Paragraph(getTranslation(query.text().isEmpty() ? "search.empty" : "search.noWords")));
        } else {
            drawResults(results, filter, topics);
        }
        String canonical = SiteLinks.search(language(), query.text(), filter.year(), filter.topic(), results.number());
        String title = results.number() > 1 ? getTranslation("search.titleOfPage", heading, results.number()) : heading;
        return Optional.of(PageMetadata.website(
                title,
                getTranslation("meta.search.description"),
                canonical,
                Optional.of(SiteLinks.search(language().other(), query.text(), null, null, 1))));
    }

    private String heading(SearchResults results) {
        if (results.query().isEmpty()) {
            return getTranslation("search.title");
        }
        return getTranslation(
                "search.count." + Plural.of(language(), results.total()),
                results.total(),
                results.query().text());
    }

    private void drawResults(SearchResults results, NewsFilter filter, List<TopicName> topics) {
        String text = results.query().text();
        boolean filtered = filter.year() != null || filter.topic() != null;
        // Filters narrow results; with none found and none chosen they could only lead to more of nothing.
        if (results.total() > 0 || filtered) {
            add(new NewsFilters(
                    filter,
                    news.years(language()),
                    topics,
                    (year, topic) -> SiteLinks.search(language(), text, year, topic, 1)));
        }
        // The count is said once: in the heading, which the page's title repeats, the first thing a screen reader
        // says of a page that loads. A hidden copy and a live-region announcement made readers hear it three times.
        if (results.hits().isEmpty()) {
            drawNothingFound(results, filter, topics);
            return;
        }
        if (results.total() > (long) NewsSearch.MAX_PAGES * search.pageSize()) {
            add(notice(getTranslation("search.tooMany", NewsSearch.MAX_PAGES * search.pageSize())));
        }
        OrderedList list = new OrderedList();
        list.addClassName("search-results");
        for (SearchResults.Hit hit : results.hits()) {
            list.add(new ListItem(result(hit)));
        }
        add(list);
        if (results.totalPages() > 1) {
            add(new Pagination(
                    results.number(),
                    results.totalPages(),
                    number -> SiteLinks.search(language(), text, filter.year(), filter.topic(), number)));
        }
    }

    private Article result(SearchResults.Hit hit) {
        Article result = new Article();
        result.addClassName("search-result");
        Anchor link = SiteLinks.anchor(SiteLinks.article(language(), hit.slug()), "");
        marked(link, hit.title());
        H2 title = new H2(link);
        Paragraph date = new Paragraph(new Time(hit.publishedOn(), language()));
        date.addClassName("news-date");
        Paragraph snippet = new Paragraph();
        marked(snippet, hit.snippet());
        snippet.addClassName("search-snippet");
        result.add(title, date, snippet);
        return result;
    }

    private void drawNothingFound(SearchResults results, NewsFilter filter, List<TopicName> topics) {
        String text = results.query().text();
        if (filter.year() != null || filter.topic() != null) {
            add(SiteLinks.linkParagraph(
                    SiteLinks.search(language(), text, null, null, 1), getTranslation("search.withoutFilters")));
        }
        if (results.inOtherLanguage() > 0) {
            Language other = language().other();
            Anchor elsewhere = SiteLinks.anchor(
                    SiteLinks.search(other, text, null, null, 1),
                    getTranslation(
                            other.locale(),
                            "search.count." + Plural.of(other, results.inOtherLanguage()),
                            results.inOtherLanguage(),
                            text));
            elsewhere.getElement().setAttribute("lang", other.code());
            elsewhere.getElement().setAttribute("hreflang", other.code());
            Paragraph offer = new Paragraph(new Text(getTranslation("search.otherLanguage") + " "), elsewhere);
            offer.addClassName("search-other-language");
            add(offer);
        }
        H2 help = new H2(getTranslation("search.help.title"));
        UnorderedList tips = new UnorderedList(
                new ListItem(getTranslation("search.help.spelling")),
                new ListItem(getTranslation("search.help.fewer")),
                new ListItem(getTranslation("search.help.other")));
        add(help, tips);
        if (!topics.isEmpty()) {
            H2 browse = new H2(getTranslation("search.help.topics"));
            UnorderedList topicLinks = new UnorderedList();
            topicLinks.addClassName("search-topics");
            for (TopicName topic : topics) {
                topicLinks.add(new ListItem(
                        SiteLinks.anchor(SiteLinks.newsList(language(), null, topic.slug(), 1), topic.name())));
            }
            add(browse, topicLinks);
        }
    }

    private static Paragraph notice(String text) {
        Paragraph notice = new Paragraph(text);
        notice.addClassName("search-notice");
        return notice;
    }

    /** Adds the text as text nodes, the matched words in {@code <mark>}: never as markup. */
    private static void marked(HtmlContainer target, HighlightedText text) {
        for (HighlightedText.Part part : text.parts()) {
            Component piece = part.marked() ? new Mark(part.text()) : new Text(part.text());
            target.add(piece);
        }
    }

    @com.vaadin.flow.component.Tag("mark")
    private static final class Mark extends HtmlContainer {
        Mark(String text) {
            setText(text);
        }
    }
}
