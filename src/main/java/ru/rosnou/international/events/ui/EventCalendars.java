package ru.rosnou.international.events.ui;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.UtcOffset;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.springframework.stereotype.Component;
import ru.rosnou.international.base.i18n.DateFormats;
import ru.rosnou.international.base.reading.DocumentHead;
import ru.rosnou.international.events.service.EventDetails;

/**
 * Events as iCalendar (RFC 5545), written by biweekly: one event's file and a language's feed. Each event keeps
 * its uid across edits and carries its sequence; a cancelled one is {@code STATUS:CANCELLED}. An all-day event has
 * DATE values (its last day included, so DTEND is the day after); any other is written in Moscow time, with
 * {@code TZID=Europe/Moscow} and the zone's {@code VTIMEZONE} (+03:00 all year since 26 October 2014).
 */
@Component
public class EventCalendars {

    /** The media type of iCalendar. */
    public static final String TYPE = "text/calendar";

    private static final String PRODUCT = "-//RosNOU International Affairs & Academic Mobility Directorate//Events//EN";

    private final DocumentHead head;

    public EventCalendars(DocumentHead head) {
        this.head = head;
    }

    /** A calendar of the events given, in the order given, named for a feed. */
    public String calendar(String name, List<EventDetails> events) {
        ICalendar calendar = calendar();
        calendar.setName(name);
        events.forEach(event -> calendar.addEvent(event(event)));
        return Biweekly.write(calendar).go();
    }

    /** A calendar of one event, for "Add to calendar". */
    public String calendar(EventDetails event) {
        ICalendar calendar = calendar();
        calendar.addEvent(event(event));
        return Biweekly.write(calendar).go();
    }

    private static ICalendar calendar() {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT);
        calendar.setMethod("PUBLISH");
        calendar.getTimezoneInfo().setDefaultTimezone(moscow());
        return calendar;
    }

    private VEvent event(EventDetails event) {
        VEvent entry = new VEvent();
        entry.setUid(event.uid());
        entry.setSequence(event.sequence());
        entry.setDateTimeStamp(Date.from(event.updatedAt()));
        entry.setLastModified(Date.from(event.updatedAt()));
        entry.setSummary(event.title());
        entry.setDescription(event.summary());
        entry.setUrl(head.absolute(EventAddresses.event(event.language(), event.slug())));
        if (event.place() != null) {
            entry.setLocation(event.place());
        } else if (event.onlineUrl() != null) {
            entry.setLocation(event.onlineUrl());
        }
        if (event.allDay()) {
            entry.setDateStart(new DateStart(day(event.firstDay())));
            entry.setDateEnd(new DateEnd(day(event.lastDay().plusDays(1))));
        } else {
            entry.setDateStart(new DateStart(Date.from(event.start().toInstant()), true));
            entry.setDateEnd(new DateEnd(Date.from(event.end().toInstant()), true));
        }
        entry.setStatus(
                switch (event.status()) {
                    case CANCELLED -> Status.cancelled();
                    case PLANNED, MOVED -> Status.confirmed();
                });
        return entry;
    }

    /** A DATE value: the day itself, whatever zone this machine runs in. */
    private static ICalDate day(LocalDate date) {
        Date midnight = Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
        return new ICalDate(
                midnight, new DateTimeComponents(date.getYear(), date.getMonthValue(), date.getDayOfMonth()), false);
    }

    /** Europe/Moscow as a VTIMEZONE: standard time +03:00 since 26 October 2014, no daylight saving. */
    private static TimezoneAssignment moscow() {
        VTimezone zone = new VTimezone(DateFormats.ZONE.getId());
        StandardTime standard = new StandardTime();
        standard.setDateStart(new DateTimeComponents(2014, 10, 26, 2, 0, 0, false));
        standard.setTimezoneOffsetFrom(new UtcOffset(true, 4, 0));
        standard.setTimezoneOffsetTo(new UtcOffset(true, 3, 0));
        standard.addTimezoneName("MSK");
        zone.addStandardTime(standard);
        return new TimezoneAssignment(TimeZone.getTimeZone(DateFormats.ZONE), zone);
    }
}
