package ru.rosnou.international.events.ui;

import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.web.SiteAddresses;

/**
 * The addresses of the events, built on {@link SiteAddresses#EVENTS} (site paths without a leading slash): the
 * list, an event's page, its iCalendar file and the calendar feed of a language.
 */
public final class EventAddresses {

    /** The list of events: {@code events}, {@code en/events}. */
    public static final String LIST_PATH = SiteAddresses.EVENTS;
    /** A calendar file's ending: {@code events/<slug>.ics}, and the feed {@code events.ics}. */
    public static final String CALENDAR_SUFFIX = ".ics";
    /** The pattern of an event's slug; it has no dot, so {@code <slug>.ics} is never taken for a page. */
    public static final String SLUG_PATTERN = "[a-z0-9-]+";
    /** The route of an event's page, in Vaadin's route template form. */
    public static final String EVENT_ROUTE = LIST_PATH + "/:slug(" + SLUG_PATTERN + ")";

    private EventAddresses() {}

    public static String list(Language language) {
        return language.path(LIST_PATH);
    }

    public static String event(Language language, String slug) {
        return language.path(LIST_PATH + "/" + slug);
    }

    /** The event as an iCalendar file, for "Add to calendar". */
    public static String eventCalendar(Language language, String slug) {
        return event(language, slug) + CALENDAR_SUFFIX;
    }

    /** The calendar of all the events of a language, to subscribe to. */
    public static String feed(Language language) {
        return list(language) + CALENDAR_SUFFIX;
    }
}
