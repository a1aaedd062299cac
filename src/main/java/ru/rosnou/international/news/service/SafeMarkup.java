package ru.rosnou.international.news.service;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The markup an article body may carry: paragraphs, emphasis, links, lists and subheadings.
 * Everything else (scripts, styles, event handlers, images, h1) is removed, keeping the text.
 */
public final class SafeMarkup {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "em", "strong", "a", "ul", "ol", "li", "h2", "h3", "br")
            .addAttributes("a", "href", "hreflang")
            .addAttributes(":all", "lang")
            .addProtocols("a", "href", "https", "http", "mailto");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private SafeMarkup() {
    }

    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, "", ALLOWED, OUTPUT).strip();
    }
}
