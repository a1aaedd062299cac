package ru.rosnou.international.events.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.events.domain.EventStatus;

/**
 * An event as it is to be saved. The uid names the event for good: saving a draft with the uid of a saved event
 * changes that event.
 */
public record EventDraft(
        String uid,
        LocalDateTime start,
        LocalDateTime end,
        ZoneId zone,
        boolean allDay,
        boolean online,
        @Nullable String onlineUrl,
        @Nullable String registrationUrl,
        @Nullable LocalDate registrationDeadline,
        EventStatus status,
        List<Text> texts) {

    public EventDraft {
        texts = List.copyOf(texts);
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("An event needs its words in at least one language");
        }
    }

    /** The event in one language. */
    public record Text(
            Language language,
            String slug,
            String title,
            String summary,
            String body,
            @Nullable String place,
            @Nullable String reportSlug) {}
}
