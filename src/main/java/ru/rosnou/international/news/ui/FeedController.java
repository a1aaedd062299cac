package ru.rosnou.international.news.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.rosnou.international.base.events.ContentChanged;
import ru.rosnou.international.base.events.KeptUntilChanged;
import ru.rosnou.international.base.i18n.DateFormats;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.reading.DocumentHead;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.news.service.FeedEntry;
import ru.rosnou.international.news.service.NewsService;
import ru.rosnou.international.news.service.TopicName;

/**
 * Atom 1.0 feeds of the news, per language and per topic ({@code /feed.atom}, {@code /en/feed.atom?topic=…}):
 * the newest {@value #ENTRIES} articles with their lead as the summary, for feed readers and aggregators. Each
 * feed is drawn once after each change of the content and then served as drawn.
 */
@RestController
public class FeedController {

    public static final String PATH = SiteAddresses.FEED;
    static final int ENTRIES = 20;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final MediaType ATOM_XML = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final NewsService news;
    private final DocumentHead head;
    /** The feeds as drawn since the last change: drawn once each, then served from memory. */
    private final KeptUntilChanged<FeedKey, String> kept = new KeptUntilChanged<>();

    public FeedController(NewsService news, DocumentHead head) {
        this.news = news;
        this.head = head;
    }

    /** The site path of a language's feed, of one topic when given: for links to it. */
    public static String path(Language language, String topicSlug) {
        return "/" + SiteLinks.feed(language) + (topicSlug == null ? "" : "?topic=" + topicSlug);
    }

    @GetMapping({"/" + PATH, "/" + SiteAddresses.EN + PATH})
    public ResponseEntity<String> feed(
            @RequestParam(name = "topic", required = false) String topicSlug, HttpServletRequest request) {
        Language language = SiteAddresses.languageOf(request);
        Optional<TopicName> topic = Optional.ofNullable(topicSlug)
                .flatMap(slug -> news.topics(language).stream()
                        .filter(t -> t.slug().equals(slug))
                        .findFirst());
        if (topicSlug != null && topic.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String xml = kept.get(new FeedKey(language, topicSlug), () -> atom(language, topicSlug, topic));
        return ResponseEntity.ok()
                .contentType(ATOM_XML)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(xml);
    }

    /** Forgets the drawn feeds once a change readers see is committed, here or on another instance. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    public void contentChanged(ContentChanged change) {
        kept.forget();
    }

    /** A feed as kept: its language and topic (only topics that exist are kept). */
    private record FeedKey(Language language, @Nullable String topicSlug) {}

    private String atom(Language language, @Nullable String topicSlug, Optional<TopicName> topic) {
        try {
            return atom(language, topicSlug, topic, news.feed(language, topicSlug, ENTRIES));
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
    }

    private String atom(Language language, String topicSlug, Optional<TopicName> topic, List<FeedEntry> entries)
            throws XMLStreamException {
        ResourceBundle words = ResourceBundle.getBundle("vaadin-i18n.translations", language.locale());
        String title = words.getString("site.name") + " — " + words.getString("nav.news")
                + topic.map(t -> ": " + t.name()).orElse("");
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language.code());
        text(xml, "id", head.absolute(path(language, topicSlug)));
        text(xml, "title", title);
        text(xml, "subtitle", words.getString("meta.news.description"));
        text(
                xml,
                "updated",
                entries.stream()
                        .map(FeedController::updated)
                        .max(String::compareTo)
                        .orElse(midnight(LocalDate.of(2000, 1, 1))));
        link(xml, "self", head.absolute(path(language, topicSlug)), "application/atom+xml");
        link(xml, "alternate", head.absolute(SiteLinks.newsList(language, null, topicSlug, 1)), "text/html");
        xml.writeStartElement("author");
        text(xml, "name", words.getString("footer.unit"));
        xml.writeEndElement();
        for (FeedEntry entry : entries) {
            entry(xml, head.absolute(SiteLinks.article(language, entry.slug())), entry);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, String url, FeedEntry entry) throws XMLStreamException {
        xml.writeStartElement("entry");
        text(xml, "id", url);
        text(xml, "title", entry.title());
        text(xml, "updated", updated(entry));
        text(xml, "published", midnight(entry.publishedOn()));
        link(xml, "alternate", url, "text/html");
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(entry.lead());
        xml.writeEndElement();
        for (TopicName name : entry.topics()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", name.slug());
            xml.writeAttribute("label", name.name());
        }
        xml.writeEndElement();
    }

    private static String updated(FeedEntry entry) {
        return entry.updated() == null
                ? midnight(entry.publishedOn())
                : OffsetDateTime.ofInstant(entry.updated().truncatedTo(ChronoUnit.SECONDS), DateFormats.ZONE)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** A publication day as RFC 3339: its start in Moscow, where the directorate dates its news. */
    private static String midnight(LocalDate day) {
        return day.atStartOfDay(DateFormats.ZONE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
