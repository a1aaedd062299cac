package ru.rosnou.international.news.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.DocumentHead;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.news.service.NewsService;
import ru.rosnou.international.news.service.SitemapPage;

/**
 * {@code /sitemap.xml} for search engines: every public page and published article in both languages, each
 * with its translations as {@code xhtml:link rel="alternate" hreflang} and, for articles, {@code lastmod}.
 * Past {@value #URLS_PER_FILE} addresses (the protocol's limit) it is an index of numbered parts, and
 * {@code /robots.txt} points to it and keeps the workspace out.
 */
@RestController
public class SitemapController {

    static final int URLS_PER_FILE = 50_000;
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final NewsService news;
    private final DocumentHead head;
    private final int urlsPerFile;

    @org.springframework.beans.factory.annotation.Autowired
    public SitemapController(NewsService news, DocumentHead head) {
        this(news, head, URLS_PER_FILE);
    }

    /** With a smaller limit per file, to see the index without 50,000 articles. */
    SitemapController(NewsService news, DocumentHead head, int urlsPerFile) {
        this.news = news;
        this.head = head;
        this.urlsPerFile = urlsPerFile;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    public String robots() {
        return """
                User-agent: *
                Disallow: /editor
                Disallow: /en/editor
                Disallow: /ask/sent
                Disallow: /en/ask/sent
                Disallow: /VAADIN/

                Sitemap: %s
                """.formatted(head.absolute("sitemap.xml"));
    }

    @GetMapping("/sitemap.xml")
    public void sitemap(@RequestParam(name = "part", required = false) Integer part, HttpServletResponse response)
            throws IOException, XMLStreamException {
        List<Entry> entries = entries();
        int parts = Math.max(1, (entries.size() + urlsPerFile - 1) / urlsPerFile);
        if (part != null && (part < 1 || part > parts || parts == 1)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        try (OutputStream out = response.getOutputStream()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            if (parts > 1 && part == null) {
                index(xml, parts);
            } else {
                int from = part == null ? 0 : (part - 1) * urlsPerFile;
                urls(xml, entries.subList(from, Math.min(entries.size(), from + urlsPerFile)));
            }
            xml.writeEndDocument();
            xml.close();
        }
    }

    /** A page in one language, its versions by language (itself included) and when it last changed. */
    private record Entry(String path, Map<Language, String> versions, LocalDate lastModified) {}

    private List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Language language : Language.values()) {
            staticPage(entries, language, SiteLinks::home);
            staticPage(entries, language, SiteLinks::association);
            staticPage(entries, language, SiteLinks::faq);
            staticPage(entries, language, SiteLinks::ask);
            staticPage(entries, language, SiteLinks::privacy);
            staticPage(entries, language, SiteLinks::accessibility);
        }
        for (SitemapPage article : news.sitemapArticles()) {
            Map<Language, String> versions = new java.util.EnumMap<>(Language.class);
            article.versions().forEach((language, slug) -> versions.put(language, SiteLinks.article(language, slug)));
            entries.add(
                    new Entry(SiteLinks.article(article.language(), article.slug()), versions, article.lastModified()));
        }
        return entries;
    }

    private static void staticPage(
            List<Entry> entries, Language language, java.util.function.Function<Language, String> path) {
        Map<Language, String> versions = new java.util.EnumMap<>(Language.class);
        for (Language each : Language.values()) {
            versions.put(each, path.apply(each));
        }
        entries.add(new Entry(path.apply(language), versions, null));
    }

    private void index(XMLStreamWriter xml, int parts) throws XMLStreamException {
        xml.writeStartElement("sitemapindex");
        xml.writeDefaultNamespace(SITEMAP);
        for (int part = 1; part <= parts; part++) {
            xml.writeStartElement("sitemap");
            text(xml, "loc", head.absolute("sitemap.xml?part=" + part));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void urls(XMLStreamWriter xml, List<Entry> entries) throws XMLStreamException {
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP);
        xml.writeNamespace("xhtml", XHTML);
        for (Entry entry : entries) {
            xml.writeStartElement("url");
            text(xml, "loc", head.absolute(entry.path()));
            if (entry.lastModified() != null) {
                text(xml, "lastmod", entry.lastModified().toString());
            }
            for (Map.Entry<Language, String> version : entry.versions().entrySet()) {
                xml.writeEmptyElement("xhtml", "link", XHTML);
                xml.writeAttribute("rel", "alternate");
                xml.writeAttribute("hreflang", version.getKey().code());
                xml.writeAttribute("href", head.absolute(version.getValue()));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
