package ru.rosnou.international.events.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import ru.rosnou.international.MutableClock;
import ru.rosnou.international.base.i18n.DateFormats;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.events.domain.EventRepository;
import ru.rosnou.international.events.domain.EventStatus;

@SpringBootTest
@ActiveProfiles("test")
class EventServiceTest {

    /** Test events take place long after the sample events, and are removed after each test. */
    private static final String UID = "test-event-service-";

    @Autowired
    EventRepository repository;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    EventService shared;

    private final MutableClock clock = new MutableClock(Instant.parse("2040-03-10T07:00:00Z"));

    private EventService service() {
        return new EventService(repository, clock, publisher);
    }

    @AfterEach
    void removeTestEvents() {
        repository.findAll().stream().filter(e -> e.getUid().startsWith(UID)).forEach(repository::delete);
    }

    private static EventDraft draft(
            String key, LocalDateTime start, LocalDateTime end, boolean allDay, EventStatus status, Language... in) {
        List<EventDraft.Text> texts = Arrays.stream(in.length == 0 ? Language.values() : in)
                .map(language -> new EventDraft.Text(
                        language,
                        key + "-" + language.code(),
                        key + " " + language.code(),
                        "Summary",
                        "Body",
                        "Room 1",
                        null))
                .toList();
        return new EventDraft(UID + key, start, end, DateFormats.ZONE, allDay, false, null, null, null, status, texts);
    }

    @Test
    void theSampleEventsAreTheRoundTableAndTheThreeCongressesAllPastAndAllDay() {
        List<EventYear> past = shared.pastByYear(Language.EN);

        assertThat(past).extracting(EventYear::year).containsSubsequence(2021, 2020, 2019, 2018);
        List<EventDetails> samples = past.stream()
                .flatMap(y -> y.events().stream())
                .filter(e -> !e.uid().startsWith(UID))
                .toList();
        assertThat(samples)
                .extracting(EventDetails::firstDay)
                .containsExactly(
                        LocalDate.of(2021, 9, 16),
                        LocalDate.of(2020, 9, 25),
                        LocalDate.of(2019, 9, 23),
                        LocalDate.of(2018, 5, 18));
        assertThat(samples).allMatch(EventDetails::allDay);
        EventDetails sapporo = samples.get(3);
        assertThat(sapporo.multiDay()).isTrue();
        assertThat(sapporo.lastDay()).isEqualTo(LocalDate.of(2018, 5, 20));
        assertThat(sapporo.place()).contains("Sapporo");
        assertThat(samples.get(1).online()).isTrue();
        assertThat(samples.get(1).translationSlug()).isNotNull();
    }

    @Test
    void upcomingEventsComeSoonestFirstAndPastOnesByYearLatestFirst() {
        EventService events = service();
        events.save(draft("later", at(2040, 6, 1, 10), at(2040, 6, 1, 12), false, EventStatus.PLANNED));
        events.save(draft("sooner", at(2040, 4, 1, 10), at(2040, 4, 1, 12), false, EventStatus.PLANNED));
        events.save(draft("last-year", at(2039, 5, 1, 10), at(2039, 5, 1, 12), false, EventStatus.PLANNED));
        events.save(draft("this-year", at(2040, 1, 20, 10), at(2040, 1, 20, 12), false, EventStatus.PLANNED));

        assertThat(events.upcoming(Language.RU))
                .extracting(EventDetails::slug)
                .containsExactly("sooner-ru", "later-ru");
        List<EventYear> past = events.pastByYear(Language.RU);
        assertThat(past.get(0).year()).isEqualTo(2040);
        assertThat(past.get(0).events()).extracting(EventDetails::slug).containsExactly("this-year-ru");
        assertThat(past.get(1).year()).isEqualTo(2039);
        assertThat(past.get(1).events()).extracting(EventDetails::slug).containsExactly("last-year-ru");
    }

    @Test
    void anEventRunningNowIsStillUpcomingUntilItEnds() {
        EventService events = service();
        // 10:00 Moscow time is 07:00 UTC: the clock's moment.
        events.save(draft("running", at(2040, 3, 10, 9), at(2040, 3, 10, 11), false, EventStatus.PLANNED));

        assertThat(events.upcoming(Language.EN)).extracting(EventDetails::slug).containsExactly("running-en");
        clock.advance(Duration.ofHours(1));
        assertThat(events.upcoming(Language.EN)).isEmpty();
        assertThat(events.pastByYear(Language.EN).get(0).events())
                .extracting(EventDetails::slug)
                .containsExactly("running-en");
    }

    @Test
    void anAllDayEventLastsUntilMidnightAfterItsLastDayInItsZone() {
        EventService events = service();
        events.save(draft("conference", at(2040, 3, 9, 0), at(2040, 3, 11, 0), true, EventStatus.PLANNED));

        EventDetails conference = events.upcoming(Language.EN).get(0);
        assertThat(conference.allDay()).isTrue();
        assertThat(conference.multiDay()).isTrue();
        assertThat(conference.firstDay()).isEqualTo(LocalDate.of(2040, 3, 9));
        assertThat(conference.lastDay()).isEqualTo(LocalDate.of(2040, 3, 11));
        // 11 March ends at midnight Moscow time, 21:00 UTC.
        clock.advance(Duration.ofHours(24 + 14).minusMinutes(1));
        assertThat(events.upcoming(Language.EN)).hasSize(1);
        assertThat(events.over(conference))
                .as("not over a minute before midnight")
                .isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(events.upcoming(Language.EN)).isEmpty();
        assertThat(events.over(conference))
                .as("over at midnight, as the list has it")
                .isTrue();
    }

    @Test
    void aCancelledEventStaysListedAndAMovedOneTakesItsNewDate() {
        EventService events = service();
        events.save(draft("cancelled", at(2040, 5, 1, 10), at(2040, 5, 1, 12), false, EventStatus.CANCELLED));
        events.save(draft("moved", at(2040, 4, 1, 10), at(2040, 4, 1, 12), false, EventStatus.PLANNED));
        events.save(draft("moved", at(2040, 6, 2, 15), at(2040, 6, 2, 17), false, EventStatus.MOVED));

        List<EventDetails> upcoming = events.upcoming(Language.EN);
        assertThat(upcoming).extracting(EventDetails::slug).containsExactly("cancelled-en", "moved-en");
        assertThat(upcoming.get(0).status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(upcoming.get(0).cancelled()).isTrue();
        assertThat(upcoming.get(1).status()).isEqualTo(EventStatus.MOVED);
        assertThat(upcoming.get(1).start().toLocalDateTime()).isEqualTo(at(2040, 6, 2, 15));
        assertThat(upcoming.get(1).start().getZone()).isEqualTo(DateFormats.ZONE);
    }

    @Test
    void everySaveOfAnEventRaisesItsSequenceAndKeepsItsUid() {
        EventService events = service();
        EventDetails first =
                events.save(draft("seq", at(2040, 5, 1, 10), at(2040, 5, 1, 12), false, EventStatus.PLANNED));
        clock.advance(Duration.ofMinutes(5));
        EventDetails second =
                events.save(draft("seq", at(2040, 5, 1, 11), at(2040, 5, 1, 12), false, EventStatus.PLANNED));
        clock.advance(Duration.ofMinutes(5));
        EventDetails third =
                events.save(draft("seq", at(2040, 5, 1, 11), at(2040, 5, 1, 12), false, EventStatus.CANCELLED));

        assertThat(first.sequence()).isZero();
        assertThat(second.sequence()).isEqualTo(1);
        assertThat(third.sequence()).isEqualTo(2);
        assertThat(third.uid()).isEqualTo(first.uid()).isEqualTo(UID + "seq");
        assertThat(third.id()).isEqualTo(first.id());
        assertThat(third.updatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void anEventInOneLanguageShowsOnlyInThatLanguage() {
        EventService events = service();
        events.save(
                draft("russian-only", at(2040, 5, 1, 10), at(2040, 5, 1, 12), false, EventStatus.PLANNED, Language.RU));

        assertThat(events.upcoming(Language.RU)).extracting(EventDetails::slug).containsExactly("russian-only-ru");
        assertThat(events.upcoming(Language.EN)).isEmpty();
        assertThat(events.event(Language.RU, "russian-only-ru"))
                .get()
                .extracting(EventDetails::translationSlug)
                .isNull();
        assertThat(events.event(Language.EN, "russian-only-ru")).isEmpty();
    }

    private static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }
}
