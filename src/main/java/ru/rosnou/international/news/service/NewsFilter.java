package ru.rosnou.international.news.service;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Which news a list shows: optionally one year, optionally one topic (by slug). */
public record NewsFilter(@Nullable Integer year, @Nullable String topic) {

    public static final NewsFilter NONE = new NewsFilter(null, null);

    public NewsFilter {
        topic = topic == null || topic.isBlank() ? null : topic;
    }

    public LocalDate from() {
        return year == null ? LocalDate.of(1, 1, 1) : LocalDate.of(year, 1, 1);
    }

    public LocalDate until() {
        return year == null ? LocalDate.of(9999, 1, 1) : LocalDate.of(year + 1, 1, 1);
    }
}
