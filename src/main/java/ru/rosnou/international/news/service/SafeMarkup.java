package ru.rosnou.international.news.service;

import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * The markup an article body may carry: paragraphs, emphasis, links, lists and subheadings.
 * Everything else (scripts, styles, event handlers, images, h1) is removed, keeping the text.
 * Links may point to https/http/mailto addresses or to the site's own paths ({@code /en/...}).
 */
public final class SafeMarkup {

    // Relative links are kept as written when they resolve against this placeholder origin.
    private static final String SITE_BASE = "https://site.invalid/";

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "em", "strong", "a", "ul", "ol", "li", "h2", "h3", "br")
            .addAttributes("a", "href", "hreflang")
            .addAttributes(":all", "lang")
            .addProtocols("a", "href", "https", "http", "mailto")
            .preserveRelativeLinks(true);

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private SafeMarkup() {}

    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(Jsoup.clean(html, SITE_BASE, ALLOWED, OUTPUT));
        document.outputSettings(OUTPUT);
        // A link whose address was refused is no link: keep its text, not a dead anchor.
        document.select("a:not([href])").forEach(Element::unwrap);
        document.select("a[href]").forEach(a -> {
            String href = a.attr("href");
            if (href.startsWith(SITE_BASE)) {
                a.attr("href", "/" + href.substring(SITE_BASE.length()));
            }
        });
        return document.body().html().strip();
    }

    /** Splits clean markup after its first {@code blocks} top-level nodes; null or too many: all before. */
    static List<String> splitAfterBlocks(String cleanHtml, Integer blocks) {
        Document document = Jsoup.parseBodyFragment(cleanHtml);
        document.outputSettings(OUTPUT);
        List<Node> nodes = document.body().childNodes().stream()
                .filter(node -> !(node instanceof TextNode text) || !text.isBlank())
                .toList();
        int at = blocks == null ? nodes.size() : Math.max(0, Math.min(blocks, nodes.size()));
        return List.of(html(nodes.subList(0, at)), html(nodes.subList(at, nodes.size())));
    }

    private static String html(List<Node> nodes) {
        return nodes.stream().map(Node::outerHtml).collect(Collectors.joining()).strip();
    }
}
