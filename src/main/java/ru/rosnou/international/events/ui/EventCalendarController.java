package ru.rosnou.international.events.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ResourceBundle;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.events.service.EventService;

/**
 * The events' iCalendar files, outside Vaadin as the news feeds are: the calendar of a language to subscribe to
 * ({@code /events.ics}, {@code /en/events.ics}) and one event's file ({@code /events/<slug>.ics}) for "Add to
 * calendar". Their addresses end in {@code .ics}, which no reading page's does, so the first-response filter
 * leaves them to this controller.
 */
@RestController
public class EventCalendarController {

    private static final MediaType CALENDAR = MediaType.parseMediaType(EventCalendars.TYPE + ";charset=utf-8");

    private final EventService events;
    private final EventCalendars calendars;

    public EventCalendarController(EventService events, EventCalendars calendars) {
        this.events = events;
        this.calendars = calendars;
    }

    @GetMapping({
        "/" + EventAddresses.LIST_PATH + EventAddresses.CALENDAR_SUFFIX,
        "/" + SiteAddresses.EN + EventAddresses.LIST_PATH + EventAddresses.CALENDAR_SUFFIX
    })
    public ResponseEntity<String> feed(HttpServletRequest request) {
        Language language = language(request);
        ResourceBundle words = ResourceBundle.getBundle("vaadin-i18n.translations", language.locale());
        String name = words.getString("site.name") + " — " + words.getString("events.title");
        return send(calendars.calendar(name, events.all(language)), "events");
    }

    @GetMapping({
        "/" + EventAddresses.LIST_PATH + "/{slug}" + EventAddresses.CALENDAR_SUFFIX,
        "/" + SiteAddresses.EN + EventAddresses.LIST_PATH + "/{slug}" + EventAddresses.CALENDAR_SUFFIX
    })
    public ResponseEntity<String> event(@PathVariable String slug, HttpServletRequest request) {
        return events.event(language(request), slug)
                .map(event -> send(calendars.calendar(event), event.slug()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<String> send(String calendar, String fileName) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header("Content-Disposition", "inline; filename=\"" + fileName + EventAddresses.CALENDAR_SUFFIX + "\"")
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(calendar);
    }

    private static Language language(HttpServletRequest request) {
        return Language.ofPath(
                request.getRequestURI().substring(request.getContextPath().length()));
    }
}
