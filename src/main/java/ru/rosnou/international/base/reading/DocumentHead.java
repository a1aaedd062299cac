package ru.rosnou.international.base.reading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import ru.rosnou.international.base.i18n.DateFormats;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.SiteLinks;

/**
 * What the head of a page's first response says about it, for search engines and the link previews of VK,
 * Telegram and others (which read the HTML and run no script): title, description, canonical address and the
 * addresses of its translations, Open Graph and Twitter card tags, and for articles a schema.org
 * {@code NewsArticle}. Absolute addresses start with the configured public base URL, never with what a request
 * claims its host to be.
 */
@Component
public class DocumentHead {

    private final I18NProvider i18n;
    private final ObjectMapper json;
    private final String baseUrl;

    public DocumentHead(I18NProvider i18n, ObjectMapper json, PublicAddress address) {
        this.i18n = i18n;
        this.json = json;
        this.baseUrl = address.publicBaseUrl().replaceAll("/+$", "");
    }

    /** The absolute URL of a site path ({@code en/association}, {@code /media/3}). */
    public String absolute(String sitePath) {
        return baseUrl + "/" + sitePath.replaceAll("^/+", "");
    }

    /** Writes the page's title and metadata into the head; a page that is not found gets noindex instead. */
    public void write(Element head, Language language, PageMetadata page, boolean found) {
        head.appendElement("title").text(translate("title.format", language, page.title()));
        // Feed readers find the news feed from any page (RSS/Atom autodiscovery).
        head.appendElement("link")
                .attr("rel", "alternate")
                .attr("type", "application/atom+xml")
                .attr("title", translate("feed.title", language))
                .attr("href", absolute(SiteLinks.feed(language)));
        // A page of one topic's news also offers that topic's feed.
        page.feeds()
                .forEach(feed -> head.appendElement("link")
                        .attr("rel", "alternate")
                        .attr("type", feed.type())
                        .attr("title", feed.title())
                        .attr("href", absolute(feed.path())));
        if (!page.description().isBlank()) {
            meta(head, "name", "description", page.description());
        }
        if (!found) {
            meta(head, "name", "robots", "noindex");
            return;
        }
        String url = absolute(page.canonicalPath());
        head.appendElement("link").attr("rel", "canonical").attr("href", url);
        page.translationPath().ifPresent(translation -> {
            String translated = absolute(translation);
            alternate(head, language, url);
            alternate(head, language.other(), translated);
            // Russian is the site's own language: its version is the one for everyone else.
            alternate(head, "x-default", language == Language.RU ? url : translated);
        });
        openGraph(head, language, page, url);
        twitterCard(head, page);
        if (page.kind() == PageMetadata.Kind.ARTICLE) {
            head.appendElement("script")
                    .attr("type", "application/ld+json")
                    .appendChild(new DataNode(newsArticle(language, page, url)));
        }
    }

    /** What VK, Telegram and Facebook show when the page is shared (Open Graph). */
    private void openGraph(Element head, Language language, PageMetadata page, String url) {
        boolean article = page.kind() == PageMetadata.Kind.ARTICLE;
        meta(head, "property", "og:site_name", translate("site.name", language));
        meta(head, "property", "og:type", article ? "article" : "website");
        meta(head, "property", "og:title", page.title());
        if (!page.description().isBlank()) {
            meta(head, "property", "og:description", page.description());
        }
        meta(head, "property", "og:url", url);
        meta(head, "property", "og:locale", ogLocale(language));
        if (page.translationPath().isPresent()) {
            meta(head, "property", "og:locale:alternate", ogLocale(language.other()));
        }
        page.image().ifPresent(image -> {
            meta(head, "property", "og:image", absolute(image.path()));
            meta(head, "property", "og:image:alt", image.altText());
        });
        if (article) {
            meta(head, "property", "article:published_time", publishedTime(page));
            meta(head, "property", "article:modified_time", modifiedTime(page));
            page.tags().forEach(tag -> meta(head, "property", "article:tag", tag));
        }
    }

    private void twitterCard(Element head, PageMetadata page) {
        meta(head, "name", "twitter:card", page.image().isPresent() ? "summary_large_image" : "summary");
        meta(head, "name", "twitter:title", page.title());
        if (!page.description().isBlank()) {
            meta(head, "name", "twitter:description", page.description());
        }
        page.image().ifPresent(image -> meta(head, "name", "twitter:image", absolute(image.path())));
    }

    private String newsArticle(Language language, PageMetadata page, String url) {
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "Organization");
        publisher.put("name", translate("meta.publisher", language));
        publisher.put("url", absolute(""));
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", "Organization");
        author.put("name", translate("footer.unit", language));
        Map<String, Object> news = new LinkedHashMap<>();
        news.put("@context", "https://schema.org");
        news.put("@type", "NewsArticle");
        news.put("headline", page.title());
        news.put("description", page.description());
        news.put("datePublished", publishedTime(page));
        news.put("dateModified", modifiedTime(page));
        news.put("inLanguage", language.code());
        page.image().ifPresent(image -> news.put("image", List.of(absolute(image.path()))));
        news.put("author", author);
        news.put("publisher", publisher);
        news.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
        if (!page.tags().isEmpty()) {
            news.put("keywords", String.join(", ", page.tags()));
        }
        try {
            // "<" written as an escape, so no text (a title with "</script>") can end the script element.
            return json.writeValueAsString(news).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String publishedTime(PageMetadata page) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(page.published().atStartOfDay(DateFormats.ZONE));
    }

    private static String modifiedTime(PageMetadata page) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(page.modified().atZone(DateFormats.ZONE));
    }

    private static String ogLocale(Language language) {
        return language == Language.EN ? "en_GB" : "ru_RU";
    }

    private static void meta(Element head, String keyAttribute, String key, String content) {
        head.appendElement("meta").attr(keyAttribute, key).attr("content", content);
    }

    private static void alternate(Element head, Language language, String url) {
        alternate(head, language.code(), url);
    }

    private static void alternate(Element head, String hreflang, String url) {
        head.appendElement("link")
                .attr("rel", "alternate")
                .attr("hreflang", hreflang)
                .attr("href", url);
    }

    private String translate(String key, Language language, Object... params) {
        return i18n.getTranslation(key, language.locale(), params);
    }
}
