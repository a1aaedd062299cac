package ru.rosnou.international.events.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.rosnou.international.base.i18n.DateFormats;
import ru.rosnou.international.base.reading.DocumentHead;
import ru.rosnou.international.base.reading.PageAddress;
import ru.rosnou.international.base.reading.PageMetadata;
import ru.rosnou.international.base.reading.ReadingView;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.events.domain.EventStatus;
import ru.rosnou.international.events.service.EventDetails;
import ru.rosnou.international.events.service.EventService;

/**
 * One event: its facts in a definition list (when, in Moscow time with the zone named; where or the link to join;
 * registration; status; the report), its description, "Add to calendar" as a plain link to its iCalendar file,
 * and a schema.org {@code Event} for search engines.
 */
@Route(value = EventAddresses.EVENT_ROUTE)
@RouteAlias(value = SiteAddresses.EN + EventAddresses.EVENT_ROUTE)
@AnonymousAllowed
public class EventView extends ReadingView {

    private final EventService events;
    private final I18NProvider words;
    private final DocumentHead head;
    private final ObjectMapper json;

    public EventView(EventService events, I18NProvider words, DocumentHead head, ObjectMapper json) {
        this.events = events;
        this.words = words;
        this.head = head;
        this.json = json;
        addClassName("event-page");
    }

    @Override
    protected Optional<PageMetadata> render(PageAddress address) {
        Optional<EventDetails> found = events.event(language(), address.parameter("slug"));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EventDetails event = found.get();
        Article content = new Article();
        content.addClassName("article");
        content.addClassName("event");
        content.add(new H1(event.title()));
        if (event.cancelled()) {
            Paragraph cancelled = new Paragraph(getTranslation("events.status.CANCELLED"));
            cancelled.addClassName("event-status");
            content.add(cancelled);
        }
        Paragraph summary = new Paragraph(event.summary());
        summary.addClassName("article-lead");
        content.add(summary, facts(event));
        for (String paragraph : event.body().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                content.add(new Paragraph(paragraph.strip()));
            }
        }
        Anchor calendar = SiteLinks.anchor(
                EventAddresses.eventCalendar(language(), event.slug()), getTranslation("events.addToCalendar"));
        calendar.addClassName("event-add-to-calendar");
        content.add(new Paragraph(calendar));
        content.add(SiteLinks.linkParagraph(EventAddresses.list(language()), getTranslation("events.allEvents")));
        add(content);
        add(structuredData(event));
        return Optional.of(PageMetadata.website(
                event.title(),
                event.summary(),
                EventAddresses.event(language(), event.slug()),
                Optional.ofNullable(event.translationSlug())
                        .map(slug -> EventAddresses.event(language().other(), slug))));
    }

    private DescriptionList facts(EventDetails event) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("event-facts");
        facts.fact(getTranslation("events.when"), new EventTime(event, words));
        if (event.place() != null || event.online()) {
            Span where = new Span();
            if (event.place() != null) {
                where.add(event.place() + (event.online() ? "; " : ""));
            }
            if (event.online()) {
                where.add(
                        event.onlineUrl() == null
                                ? new Span(getTranslation("events.online"))
                                : new Anchor(event.onlineUrl(), getTranslation("events.online.join")));
            }
            facts.fact(getTranslation("events.where"), where);
        }
        if (event.registrationUrl() != null) {
            Span registration =
                    new Span(new Anchor(event.registrationUrl(), getTranslation("events.registration.link")));
            if (event.registrationDeadline() != null) {
                registration.add(" ("
                        + getTranslation(
                                "events.registration.until",
                                DateFormats.format(event.registrationDeadline(), language()))
                        + ")");
            }
            facts.fact(getTranslation("events.registration"), registration);
        }
        // A planned event that is over took place: "Planned" under a date in the past would say otherwise.
        Span status = new Span(getTranslation(
                event.status() == EventStatus.PLANNED && events.over(event)
                        ? "events.status.held"
                        : "events.status." + event.status()));
        status.addClassName("event-status-value");
        facts.fact(getTranslation("events.status"), status);
        if (event.reportSlug() != null) {
            facts.fact(
                    getTranslation("events.report"),
                    SiteLinks.anchor(
                            SiteLinks.article(language(), event.reportSlug()), getTranslation("events.report.link")));
        }
        return facts;
    }

    /** The schema.org Event, for search engines: a data block, never run. */
    private Component structuredData(EventDetails event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Event");
        data.put("name", event.title());
        data.put("description", event.summary());
        data.put("url", head.absolute(EventAddresses.event(language(), event.slug())));
        data.put("inLanguage", language().code());
        if (event.allDay()) {
            data.put("startDate", DateFormats.machineReadable(event.firstDay()));
            data.put("endDate", DateFormats.machineReadable(event.lastDay()));
        } else {
            data.put("startDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.start()));
            data.put("endDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.end()));
        }
        data.put(
                "eventStatus",
                switch (event.status()) {
                    case PLANNED -> "https://schema.org/EventScheduled";
                    case MOVED -> "https://schema.org/EventRescheduled";
                    case CANCELLED -> "https://schema.org/EventCancelled";
                });
        data.put(
                "eventAttendanceMode",
                event.online() && event.inPerson()
                        ? "https://schema.org/MixedEventAttendanceMode"
                        : event.online()
                                ? "https://schema.org/OnlineEventAttendanceMode"
                                : "https://schema.org/OfflineEventAttendanceMode");
        List<Map<String, Object>> locations = new ArrayList<>();
        if (event.place() != null) {
            locations.add(Map.of("@type", "Place", "name", event.place()));
        }
        if (event.online()) {
            Map<String, Object> virtual = new LinkedHashMap<>();
            virtual.put("@type", "VirtualLocation");
            if (event.onlineUrl() != null) {
                virtual.put("url", event.onlineUrl());
            }
            locations.add(virtual);
        }
        if (locations.size() == 1) {
            data.put("location", locations.get(0));
        } else if (!locations.isEmpty()) {
            data.put("location", locations);
        }
        Map<String, Object> organizer = new LinkedHashMap<>();
        organizer.put("@type", "Organization");
        organizer.put("name", getTranslation("footer.unit"));
        organizer.put("url", head.absolute(SiteLinks.home(language())));
        data.put("organizer", organizer);
        if (event.registrationUrl() != null) {
            data.put("offers", Map.of("@type", "Offer", "url", event.registrationUrl()));
        }
        try {
            // "<" written as an escape, so no text (a title with "</script>") can end the script element.
            String text = json.writeValueAsString(data).replace("<", "\\u003c");
            StructuredData script = new StructuredData();
            script.getElement().setAttribute("type", "application/ld+json");
            script.getElement().setText(text);
            return script;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A {@code <dl>} of terms and their descriptions. */
    @Tag("dl")
    static class DescriptionList extends HtmlContainer {

        void fact(String term, Component description) {
            Element dt = new Element("dt").setText(term);
            Element dd = new Element("dd").appendChild(description.getElement());
            getElement().appendChild(dt, dd);
        }
    }

    /** A {@code <script type="application/ld+json">}: data, which browsers never run. */
    @Tag("script")
    static class StructuredData extends HtmlContainer {}
}
