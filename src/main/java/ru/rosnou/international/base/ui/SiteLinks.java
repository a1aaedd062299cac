package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.web.SiteAddresses;

/**
 * Builds the site's URLs. Links are plain anchors with real hrefs, so they can be shared, opened in a
 * new tab and followed by keyboard. On a live page (the editors' workspace) Vaadin's router turns a click on a
 * workspace link into an in-app navigation; every other link loads its page anew ({@link #loadsAnew}), so that a
 * reading page always arrives as its first response.
 */
public final class SiteLinks {

    private SiteLinks() {}

    public static String home(Language language) {
        return language.path(SiteAddresses.HOME);
    }

    public static String article(Language language, String slug) {
        return language.path(SiteAddresses.ARTICLE + slug);
    }

    /** The language's Atom feed of news ({@code feed.atom}, {@code en/feed.atom}). */
    public static String feed(Language language) {
        return language.path(SiteAddresses.FEED);
    }

    public static String association(Language language) {
        return language.path(SiteAddresses.ASSOCIATION);
    }

    public static String ask(Language language) {
        return language.path(SiteAddresses.ASK);
    }

    /** The confirmation of a sent question, with its reference. */
    public static String questionSent(Language language, String reference) {
        return language.path(SiteAddresses.QUESTION_SENT) + "?reference="
                + URLEncoder.encode(reference, StandardCharsets.UTF_8);
    }

    public static String accessibility(Language language) {
        return language.path(SiteAddresses.ACCESSIBILITY);
    }

    public static String faq(Language language) {
        return language.path(SiteAddresses.FAQ);
    }

    public static String privacy(Language language) {
        return language.path(SiteAddresses.PRIVACY);
    }

    /** The search page of a language, where the header's search form sends its query. */
    public static String search(Language language) {
        return language.path(SiteAddresses.SEARCH);
    }

    /** A search results URL with its query, filters and page. */
    public static String search(Language language, String text, Integer year, String topic, int page) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", text);
        return withQuery(search(language), query, year, topic, page);
    }

    /** A news list URL with its filters and page; empty values are left out so URLs stay short. */
    public static String newsList(Language language, Integer year, String topic, int page) {
        return withQuery(home(language), new LinkedHashMap<>(), year, topic, page);
    }

    private static String withQuery(String path, Map<String, String> query, Integer year, String topic, int page) {
        if (year != null) {
            query.put("year", year.toString());
        }
        if (topic != null && !topic.isBlank()) {
            query.put("topic", topic);
        }
        if (page > 1) {
            query.put("page", Integer.toString(page));
        }
        if (query.isEmpty()) {
            return path;
        }
        return path + "?"
                + query.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }

    /** The href attribute for a site path: relative to Vaadin's base URL, "." for the root. */
    public static String href(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        return path.startsWith("?") ? "." + path : path;
    }

    public static Anchor anchor(String path, String text) {
        Anchor anchor = new Anchor(href(path), text);
        loadsAnew(anchor, path);
        return anchor;
    }

    /**
     * Marks a link to a site path for Vaadin's client: a link out of the workspace is left to the browser
     * ({@code router-ignore}), which loads the page as a first response; a link within it stays a live navigation.
     */
    public static void loadsAnew(Anchor anchor, String path) {
        anchor.getElement().setAttribute("router-ignore", !SiteAddresses.isWorkspace(path) && !path.startsWith("#"));
    }

    /**
     * A link alone in its paragraph ("All news about the Association", the 404 page's way home): not a link inside a
     * sentence, so a target of the site's 44 px ({@code .page-link} in the stylesheet).
     */
    public static Paragraph linkParagraph(String path, String text) {
        Paragraph paragraph = new Paragraph(anchor(path, text));
        paragraph.addClassName("page-link");
        return paragraph;
    }
}
