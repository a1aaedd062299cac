package ru.rosnou.international.events.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import ru.rosnou.international.base.i18n.DateFormats;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.events.domain.EventStatus;

/**
 * Fills an empty events table with the events the seed and the Association's facts name: the online round table
 * of 25 September 2020 and the three congresses. Their times of day are not known, so they are all-day events.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "app.sample-content.enabled", havingValue = "true", matchIfMissing = true)
public class SampleEventsLoader implements ApplicationRunner {

    static final String RESOURCE = "sample-content/events.json";
    private static final Logger log = LoggerFactory.getLogger(SampleEventsLoader.class);

    private final EventService events;

    public SampleEventsLoader(EventService events) {
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (events.count() > 0) {
            return;
        }
        List<EventDraft> drafts = drafts();
        drafts.forEach(events::save);
        log.info("Loaded {} sample events into the empty database", drafts.size());
    }

    static List<EventDraft> drafts() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return mapper.readValue(in, SampleEvents.class).events().stream()
                    .map(SampleEventsLoader::draft)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static EventDraft draft(SampleEvent event) {
        return new EventDraft(
                event.uid(),
                event.start().atStartOfDay(),
                event.end().atStartOfDay(),
                DateFormats.zone(event.zone()),
                true,
                event.online(),
                null,
                null,
                null,
                EventStatus.PLANNED,
                event.texts().entrySet().stream()
                        .map(entry -> new EventDraft.Text(
                                Language.ofCode(entry.getKey()),
                                entry.getValue().slug(),
                                entry.getValue().title(),
                                entry.getValue().summary(),
                                entry.getValue().body(),
                                entry.getValue().place(),
                                entry.getValue().reportSlug()))
                        .toList());
    }

    record SampleEvents(List<SampleEvent> events) {}

    record SampleEvent(
            String uid, LocalDate start, LocalDate end, String zone, boolean online, Map<String, SampleText> texts) {}

    record SampleText(
            String slug,
            String title,
            String summary,
            String body,
            @Nullable String place,
            @Nullable String reportSlug) {}
}
