package ru.rosnou.international.events.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import ru.rosnou.international.base.reading.PageAddress;
import ru.rosnou.international.base.reading.PageMetadata;
import ru.rosnou.international.base.reading.ReadingView;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.events.domain.EventStatus;
import ru.rosnou.international.events.service.EventDetails;
import ru.rosnou.international.events.service.EventService;
import ru.rosnou.international.events.service.EventYear;

/**
 * The events of a language as a list by date (no calendar grid): upcoming first, soonest first, then the past ones
 * by year, latest first. A moved or cancelled event says so in words.
 */
@Route(value = EventAddresses.LIST_PATH)
@RouteAlias(value = SiteAddresses.EN + EventAddresses.LIST_PATH)
@AnonymousAllowed
public class EventsView extends ReadingView {

    private final EventService events;
    private final I18NProvider words;

    public EventsView(EventService events, I18NProvider words) {
        this.events = events;
        this.words = words;
        addClassName("events-page");
    }

    @Override
    protected Optional<PageMetadata> render(PageAddress address) {
        add(new H1(getTranslation("events.title")));
        add(SiteLinks.linkParagraph(EventAddresses.feed(language()), getTranslation("events.subscribe")));

        H2 upcomingHeading = new H2(getTranslation("events.upcoming"));
        upcomingHeading.setId("events-upcoming-heading");
        Section upcoming = new Section(upcomingHeading);
        upcoming.getElement()
                .setAttribute("aria-labelledby", upcomingHeading.getId().orElseThrow());
        upcoming.addClassName("events-upcoming");
        List<EventDetails> next = events.upcoming(language());
        upcoming.add(next.isEmpty() ? new Paragraph(getTranslation("events.upcoming.none")) : list(next));
        add(upcoming);

        List<EventYear> past = events.pastByYear(language());
        if (!past.isEmpty()) {
            H2 pastHeading = new H2(getTranslation("events.past"));
            pastHeading.setId("events-past-heading");
            Section section = new Section(pastHeading);
            section.getElement()
                    .setAttribute("aria-labelledby", pastHeading.getId().orElseThrow());
            section.addClassName("events-past");
            for (EventYear year : past) {
                section.add(new H3(String.valueOf(year.year())), list(year.events()));
            }
            add(section);
        }
        PageMetadata metadata = PageMetadata.website(
                getTranslation("events.title"),
                getTranslation("meta.events.description"),
                EventAddresses.list(language()),
                Optional.of(EventAddresses.list(language().other())));
        return Optional.of(metadata.withFeed(new PageMetadata.Feed(
                getTranslation("events.feed.title"), EventAddresses.feed(language()), EventCalendars.TYPE)));
    }

    private UnorderedList list(List<EventDetails> items) {
        UnorderedList list = new UnorderedList();
        list.addClassName("news-list");
        list.addClassName("events-list");
        for (EventDetails event : items) {
            Paragraph when = new Paragraph(new EventTime(event, words));
            when.addClassName("event-when");
            ListItem item = new ListItem(
                    when,
                    new Paragraph(SiteLinks.anchor(EventAddresses.event(language(), event.slug()), event.title())));
            if (event.status() != EventStatus.PLANNED) {
                item.add(status(event));
            }
            String where = where(event);
            if (!where.isEmpty()) {
                item.add(new Paragraph(where));
            }
            item.addClassName("news-card");
            item.addClassName("event-item");
            list.add(item);
        }
        return list;
    }

    private Paragraph status(EventDetails event) {
        Paragraph status = new Paragraph(getTranslation("events.status." + event.status()));
        status.addClassName("event-status");
        return status;
    }

    private String where(EventDetails event) {
        if (event.place() != null) {
            return event.online() ? event.place() + "; " + getTranslation("events.online") : event.place();
        }
        return event.online() ? getTranslation("events.online") : "";
    }
}
