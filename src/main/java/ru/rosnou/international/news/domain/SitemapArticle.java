package ru.rosnou.international.news.domain;

import java.time.Instant;
import java.time.LocalDate;

/** What the sitemap lists of a published article: its address, its story (for its translation) and dates. */
public record SitemapArticle(String language, String slug, String storyKey, LocalDate publishedOn,
                             Instant updatedAt) {
}
