package ru.rosnou.international.events.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.events.domain.Event;
import ru.rosnou.international.events.domain.EventRepository;
import ru.rosnou.international.events.domain.EventText;

/**
 * The events per language: those not yet over (soonest first), the past ones by year (latest first), one event
 * by its address, and saving, which raises the event's sequence. An event shows in a language only when it has
 * its words in that language.
 */
@Service
@Transactional(readOnly = true)
public class EventService {

    private final EventRepository events;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    public EventService(EventRepository events, Clock clock, ApplicationEventPublisher publisher) {
        this.events = events;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** Events not over yet (running or to come), the soonest first. */
    public List<EventDetails> upcoming(Language language) {
        return details(events.findByEndsInstantAfterOrderByStartsInstantAscIdAsc(clock.instant()), language);
    }

    /** Events that are over, by the year they started in, the latest year and event first. */
    public List<EventYear> pastByYear(Language language) {
        Map<Integer, List<EventDetails>> years = new LinkedHashMap<>();
        for (EventDetails event : details(
                events.findByEndsInstantLessThanEqualOrderByStartsInstantDescIdDesc(clock.instant()), language)) {
            years.computeIfAbsent(event.start().getYear(), year -> new ArrayList<>())
                    .add(event);
        }
        return years.entrySet().stream()
                .map(year -> new EventYear(year.getKey(), List.copyOf(year.getValue())))
                .toList();
    }

    /** Every event in the language, the earliest first: for the calendar feed. */
    public List<EventDetails> all(Language language) {
        return details(events.findAllByOrderByStartsInstantAscIdAsc(), language);
    }

    public Optional<EventDetails> event(Language language, String slug) {
        return events.findBySlug(language, slug).flatMap(event -> details(event, language));
    }

    /**
     * Whether the event is over, as the list splits them: a timed event at its end, an all-day one at the midnight
     * after its last day.
     */
    public boolean over(EventDetails event) {
        Instant ends = event.allDay()
                ? event.lastDay()
                        .plusDays(1)
                        .atStartOfDay(event.end().getZone())
                        .toInstant()
                : event.end().toInstant();
        return !ends.isAfter(clock.instant());
    }

    public long count() {
        return events.count();
    }

    /**
     * Saves the event the draft names by its uid, new or changed; a change raises its sequence, so that
     * calendars that have it take the new version.
     */
    @Transactional
    public EventDetails save(EventDraft draft) {
        Event event = events.findByUid(draft.uid()).orElseGet(() -> new Event(draft.uid()));
        event.schedule(draft.start(), draft.end(), draft.zone(), draft.allDay());
        event.setAttendance(draft.online(), draft.onlineUrl());
        event.setRegistration(draft.registrationUrl(), draft.registrationDeadline());
        event.setStatus(draft.status());
        event.getTexts().clear();
        for (EventDraft.Text text : draft.texts()) {
            event.getTexts()
                    .add(new EventText(
                            text.language(),
                            text.slug(),
                            text.title(),
                            text.summary(),
                            text.body(),
                            text.place(),
                            text.reportSlug()));
        }
        event.changed(clock.instant());
        Event saved = events.saveAndFlush(event);
        publisher.publishEvent(new EventsChanged());
        return details(saved, draft.texts().get(0).language()).orElseThrow();
    }

    private static List<EventDetails> details(List<Event> found, Language language) {
        return found.stream().flatMap(e -> details(e, language).stream()).toList();
    }

    private static Optional<EventDetails> details(Event event, Language language) {
        ZoneId zone = event.getZone();
        return event.text(language)
                .map(text -> new EventDetails(
                        event.getId(),
                        event.getUid(),
                        language,
                        text.getSlug(),
                        text.getTitle(),
                        text.getSummary(),
                        text.getBody(),
                        text.getPlace(),
                        event.isOnline(),
                        event.getOnlineUrl(),
                        event.getRegistrationUrl(),
                        event.getRegistrationDeadline(),
                        event.getStatus(),
                        event.isAllDay(),
                        event.getStartsAt().atZone(zone),
                        event.getEndsAt().atZone(zone),
                        event.getSequence(),
                        event.getUpdatedAt(),
                        text.getReportSlug(),
                        event.text(language.other()).map(EventText::getSlug).orElse(null)));
    }
}
