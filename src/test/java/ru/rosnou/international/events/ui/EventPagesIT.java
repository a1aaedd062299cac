package ru.rosnou.international.events.ui;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import ru.rosnou.international.base.i18n.DateFormats;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.events.domain.EventRepository;
import ru.rosnou.international.events.domain.EventStatus;
import ru.rosnou.international.events.service.EventDraft;
import ru.rosnou.international.events.service.EventService;

/**
 * What readers without script, search engines and calendar programs get from the events: the list and an event's
 * page complete in the first response (facts in a definition list, {@code <time>} elements, schema.org Event), and
 * the iCalendar files, read back with biweekly as a calendar program reads them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EventPagesIT {

    private static final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String ROUND_TABLE_EN = "round-table-partnerships-russian-japanese-universities-2020";
    private static final String SAPPORO_EN = "first-congress-association-japanese-russian-universities-2018";
    private static final String TEST_UID = "test-event-pages@example.org";

    @LocalServerPort
    int port;

    @Autowired
    EventService events;

    @Autowired
    EventRepository repository;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void removeTestEvent() {
        repository.findByUid(TEST_UID).ifPresent(repository::delete);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        return Jsoup.parse(response.body());
    }

    private ICalendar calendar(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .isEqualToIgnoringCase("text/calendar;charset=utf-8");
        return Biweekly.parse(response.body()).first();
    }

    private JsonNode structuredData(Document page) throws Exception {
        Element script = page.selectFirst("script[type=application/ld+json]");
        assertThat(script).isNotNull();
        return json.readTree(script.data());
    }

    @Test
    void theEventsListArrivesCompleteUpcomingFirstThenPastByYear() throws Exception {
        Document russian = page("events");

        assertThat(russian.select("main h1").text()).isEqualTo("Мероприятия");
        assertThat(russian.select("main h2").eachText())
                .containsExactly("Предстоящие мероприятия", "Прошедшие мероприятия");
        assertThat(russian.select(".events-upcoming").text()).contains("Предстоящие мероприятия пока не объявлены.");
        assertThat(russian.select(".events-past h3").eachText()).containsExactly("2021", "2020", "2019", "2018");
        assertThat(russian.select(".events-past time").eachAttr("datetime"))
                .containsExactly("2021-09-16", "2020-09-25", "2019-09-23", "2018-05-18");
        assertThat(russian.select(".events-past time").eachText()).contains("18–20 мая 2018 г.");
        assertThat(russian.select("link[rel=alternate][type=text/calendar]").attr("href"))
                .endsWith("/events.ics");
        assertThat(russian.select("nav.site-nav a[href=/events]").text()).isEqualTo("Мероприятия");

        Document english = page("en/events");
        assertThat(english.select("main h1").text()).isEqualTo("Events");
        assertThat(english.select(".events-past a").eachAttr("href")).contains("/en/events/" + SAPPORO_EN);
        assertThat(english.select("link[rel=alternate][type=text/calendar]").attr("href"))
                .endsWith("/en/events.ics");
        assertThat(english.select("nav.site-nav a[href=/en/events]").text()).isEqualTo("Events");
    }

    @Test
    void anEventPageHasItsFactsInADefinitionListAndASchemaOrgEvent() throws Exception {
        Document page = page("en/events/" + ROUND_TABLE_EN);

        assertThat(page.select("main h1").text()).startsWith("Round table \"Partnerships between Russian");
        assertThat(page.select("dl.event-facts dt").eachText()).containsExactly("When", "Where", "Status", "Report");
        assertThat(page.select("dl.event-facts dd").eachText())
                .as("a planned event that is over took place")
                .containsExactly("25 September 2020", "Online", "Held", "Read the report on the event");
        assertThat(page.select("dl.event-facts time").attr("datetime")).isEqualTo("2020-09-25");
        assertThat(page.select("a.event-add-to-calendar").attr("href"))
                .isEqualTo("/en/events/" + ROUND_TABLE_EN + ".ics");
        assertThat(page.select("meta[property=og:title]").attr("content")).startsWith("Round table");
        assertThat(page.select("link[rel=alternate][hreflang=ru]").attr("href"))
                .endsWith("/events/kruglyy-stol-partnerstvo-rossiyskikh-i-yaponskikh-vuzov-2020");

        JsonNode event = structuredData(page);
        assertThat(event.path("@type").asText()).isEqualTo("Event");
        assertThat(event.path("startDate").asText()).isEqualTo("2020-09-25");
        assertThat(event.path("eventStatus").asText()).isEqualTo("https://schema.org/EventScheduled");
        assertThat(event.path("eventAttendanceMode").asText())
                .isEqualTo("https://schema.org/OnlineEventAttendanceMode");
        assertThat(event.path("location").path("@type").asText()).isEqualTo("VirtualLocation");

        Document sapporo = page("en/events/" + SAPPORO_EN);
        assertThat(sapporo.select("dl.event-facts dd").eachText())
                .startsWith("18–20 May 2018", "Hokkaido University, Sapporo, Japan");
        JsonNode congress = structuredData(sapporo);
        assertThat(congress.path("endDate").asText()).isEqualTo("2018-05-20");
        assertThat(congress.path("location").path("@type").asText()).isEqualTo("Place");
        assertThat(congress.path("eventAttendanceMode").asText())
                .isEqualTo("https://schema.org/OfflineEventAttendanceMode");

        assertThat(get("en/events/no-such-event").statusCode()).isEqualTo(404);
        assertThat(get("en/events/no-such-event.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void theCalendarFeedHasEveryEventOfTheLanguageWithDatesForAllDayEvents() throws Exception {
        ICalendar english = calendar("en/events.ics");

        List<VEvent> all = english.getEvents();
        assertThat(all)
                .extracting(e -> e.getUid().getValue())
                .containsExactly(
                        "association-congress-1-2018@international.rosnou.ru",
                        "association-congress-2-2019@international.rosnou.ru",
                        "round-table-2020-09-25@international.rosnou.ru",
                        "association-congress-3-2021@international.rosnou.ru");
        VEvent sapporo = all.get(0);
        assertThat(sapporo.getDateStart().getValue().hasTime()).isFalse();
        assertThat(sapporo.getDateStart().getValue().getRawComponents().toString(false, false))
                .isEqualTo("20180518");
        // DTEND of a whole-day event is the day after its last day.
        assertThat(sapporo.getDateEnd().getValue().getRawComponents().toString(false, false))
                .isEqualTo("20180521");
        assertThat(sapporo.getSequence().getValue()).isZero();
        assertThat(sapporo.getUrl().getValue()).endsWith("/en/events/" + SAPPORO_EN);
        assertThat(sapporo.getLocation().getValue()).isEqualTo("Hokkaido University, Sapporo, Japan");

        ICalendar russian = calendar("events.ics");
        assertThat(russian.getEvents().get(0).getSummary().getValue())
                .isEqualTo("Первый конгресс Ассоциации японских и российских университетов");
        assertThat(russian.getEvents().get(0).getUid().getValue())
                .isEqualTo(sapporo.getUid().getValue());
    }

    @Test
    void aTimedCancelledEventIsInMoscowTimeOnItsPageAndInItsCalendarFile() throws Exception {
        events.save(testEvent(EventStatus.PLANNED, 10));
        ICalendar before = calendar("en/events/test-event-pages.ics");
        assertThat(before.getEvents().get(0).getSequence().getValue()).isZero();

        events.save(testEvent(EventStatus.CANCELLED, 11));
        HttpResponse<String> file = get("en/events/test-event-pages.ics");
        assertThat(file.body())
                .contains("BEGIN:VTIMEZONE", "TZID:Europe/Moscow")
                .contains("DTSTART;TZID=Europe/Moscow:20400501T110000")
                .contains("STATUS:CANCELLED");
        VEvent cancelled = Biweekly.parse(file.body()).first().getEvents().get(0);
        assertThat(cancelled.getUid().getValue()).isEqualTo(TEST_UID);
        assertThat(cancelled.getSequence().getValue()).isEqualTo(1);
        assertThat(cancelled.getStatus().isCancelled()).isTrue();
        assertThat(cancelled.getDateStart().getValue().toInstant())
                .isEqualTo(LocalDateTime.of(2040, 5, 1, 11, 0)
                        .atZone(DateFormats.ZONE)
                        .toInstant());

        Document page = page("en/events/test-event-pages");
        assertThat(page.select(".event-status").text()).isEqualTo("Cancelled");
        assertThat(page.select("dl.event-facts dd").eachText())
                .containsExactly(
                        "1 May 2040, 11:00–13:00 Moscow time",
                        "Room 1; Join online",
                        "Register (until 20 April 2040)",
                        "Cancelled");
        assertThat(page.select("dl.event-facts time").attr("datetime")).isEqualTo("2040-05-01T11:00:00+03:00");
        JsonNode event = structuredData(page);
        assertThat(event.path("eventStatus").asText()).isEqualTo("https://schema.org/EventCancelled");
        assertThat(event.path("eventAttendanceMode").asText()).isEqualTo("https://schema.org/MixedEventAttendanceMode");

        Document list = page("en/events");
        assertThat(list.select(".events-upcoming .event-item").text())
                .contains("1 May 2040, 11:00–13:00 Moscow time", "Cancelled");
        assertThat(page("events/test-event-pages-ru").select(".event-status").text())
                .isEqualTo("Отменено");
        assertThat(page("events/test-event-pages-ru")
                        .select("dl.event-facts time")
                        .text())
                .isEqualTo("1 мая 2040 г., 11:00–13:00 по московскому времени");
    }

    private static EventDraft testEvent(EventStatus status, int hour) {
        ZoneId zone = DateFormats.ZONE;
        return new EventDraft(
                TEST_UID,
                LocalDateTime.of(2040, 5, 1, hour, 0),
                LocalDateTime.of(2040, 5, 1, hour + 2, 0),
                zone,
                false,
                true,
                "https://meet.example.org/round-table",
                "https://example.org/register",
                LocalDate.of(2040, 4, 20),
                status,
                List.of(
                        new EventDraft.Text(
                                Language.EN,
                                "test-event-pages",
                                "A test round table",
                                "Summary",
                                "Body",
                                "Room 1",
                                null),
                        new EventDraft.Text(
                                Language.RU,
                                "test-event-pages-ru",
                                "Тестовый круглый стол",
                                "Кратко",
                                "Текст",
                                "Аудитория 1",
                                null)));
    }
}
