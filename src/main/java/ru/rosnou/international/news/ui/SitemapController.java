package ru.rosnou.international.news.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.rosnou.international.base.events.ContentChanged;
import ru.rosnou.international.base.events.KeptUntilChanged;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.reading.DocumentHead;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.web.SiteAddresses;
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

    /** The pages that are not articles, in both languages ({@link #entries}). */
    private static final int STATIC_PAGES = 6 * Language.values().length;

    private static final String SITEMAP_KEY = "sitemap";

    private final NewsService news;
    private final DocumentHead head;
    private final int urlsPerFile;
    private final KeptUntilChanged<String, Sitemap> kept = new KeptUntilChanged<>();

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

    @GetMapping(value = "/" + SiteAddresses.ROBOTS, produces = MediaType.TEXT_PLAIN_VALUE)
    public String robots() {
        return """
                User-agent: *
                Disallow: /%s
                Disallow: /%s
                Disallow: /%s
                Disallow: /%s
                Disallow: /%s

                Sitemap: %s
                """.formatted(
                        SiteAddresses.WORKSPACE,
                        SiteAddresses.EN + SiteAddresses.WORKSPACE,
                        SiteAddresses.QUESTION_SENT,
                        SiteAddresses.EN + SiteAddresses.QUESTION_SENT,
                        SiteAddresses.VAADIN,
                        head.absolute(SiteAddresses.SITEMAP));
    }

    /**
     * Forgets the drawn sitemap once a change readers see is committed, here or on another instance. Another
     * instance's change arrives within a second or so ({@code ChangesAcrossInstances}).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    public void contentChanged(ContentChanged change) {
        kept.forget();
    }

    /**
     * The sitemap, or one of its parts, as drawn after the last change: drawn once (reading every published article
     * once) and then served from memory, gzipped. A part that cannot exist is answered without drawing anything:
     * what is kept, or one count, says how many parts there are.
     */
    @GetMapping("/" + SiteAddresses.SITEMAP)
    public void sitemap(
            @RequestParam(name = "part", required = false) Integer part,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        if (part != null) {
            Sitemap drawn = kept.peek(SITEMAP_KEY);
            int parts = drawn != null ? drawn.parts() : parts(STATIC_PAGES + news.countSitemapArticles());
            if (part < 1 || part > parts || parts == 1) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        Sitemap sitemap = kept.get(SITEMAP_KEY, this::draw);
        byte[] gzipped = sitemap.gzipped().get(part == null ? 0 : part);
        if (gzipped == null) {
            // Drawn after a change that removed this part since it was counted.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setHeader("Vary", "Accept-Encoding");
        String accepted = request.getHeader("Accept-Encoding");
        try (OutputStream out = response.getOutputStream()) {
            if (accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip")) {
                response.setHeader("Content-Encoding", "gzip");
                response.setContentLength(gzipped.length);
                out.write(gzipped);
            } else {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
                    in.transferTo(out);
                }
            }
        }
    }

    /** The sitemap as drawn: how many parts, and each document gzipped (0: the sitemap itself, then its parts). */
    private record Sitemap(int parts, Map<Integer, byte[]> gzipped) {}

    private int parts(long entries) {
        return (int) Math.max(1, (entries + urlsPerFile - 1) / urlsPerFile);
    }

    private Sitemap draw() {
        List<Entry> entries = entries();
        int parts = parts(entries.size());
        Map<Integer, byte[]> documents = new HashMap<>();
        if (parts == 1) {
            documents.put(0, document(xml -> urls(xml, entries)));
        } else {
            documents.put(0, document(xml -> index(xml, parts)));
            for (int part = 1; part <= parts; part++) {
                int from = (part - 1) * urlsPerFile;
                List<Entry> slice = entries.subList(from, Math.min(entries.size(), from + urlsPerFile));
                documents.put(part, document(xml -> urls(xml, slice)));
            }
        }
        return new Sitemap(parts, Map.copyOf(documents));
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] document(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("The sitemap could not be written", e);
        }
        return bytes.toByteArray();
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
            Map<Language, String> versions = new EnumMap<>(Language.class);
            article.versions().forEach((language, slug) -> versions.put(language, SiteLinks.article(language, slug)));
            entries.add(
                    new Entry(SiteLinks.article(article.language(), article.slug()), versions, article.lastModified()));
        }
        return entries;
    }

    private static void staticPage(List<Entry> entries, Language language, Function<Language, String> path) {
        Map<Language, String> versions = new EnumMap<>(Language.class);
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
            text(xml, "loc", head.absolute(SiteAddresses.SITEMAP + "?part=" + part));
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
