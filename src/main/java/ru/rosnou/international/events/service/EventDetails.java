package ru.rosnou.international.events.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.events.domain.EventStatus;

/**
 * One event in one language, as pages and calendars show it. {@code start} and {@code end} are in the event's
 * zone; for an all-day event they are the starts of its first and last days.
 */
public record EventDetails(
        long id,
        String uid,
        Language language,
        String slug,
        String title,
        String summary,
        String body,
        @Nullable String place,
        boolean online,
        @Nullable String onlineUrl,
        @Nullable String registrationUrl,
        @Nullable LocalDate registrationDeadline,
        EventStatus status,
        boolean allDay,
        ZonedDateTime start,
        ZonedDateTime end,
        int sequence,
        Instant updatedAt,
        @Nullable String reportSlug,
        @Nullable String translationSlug) {

    public LocalDate firstDay() {
        return start.toLocalDate();
    }

    public LocalDate lastDay() {
        return end.toLocalDate();
    }

    public boolean multiDay() {
        return !firstDay().equals(lastDay());
    }

    public boolean cancelled() {
        return status == EventStatus.CANCELLED;
    }

    /** Whether it is held in a place (rather than, or besides, online). */
    public boolean inPerson() {
        return place != null;
    }
}
