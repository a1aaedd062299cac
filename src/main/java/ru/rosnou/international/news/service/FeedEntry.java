package ru.rosnou.international.news.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An article as a news feed announces it. {@code updated} is when it last changed, or null if never since. */
public record FeedEntry(
        String slug,
        String title,
        String lead,
        LocalDate publishedOn,
        @Nullable Instant updated,
        List<TopicName> topics) {}
