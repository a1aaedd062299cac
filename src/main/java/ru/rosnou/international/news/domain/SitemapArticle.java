package ru.rosnou.international.news.domain;

import java.time.Instant;
import java.time.LocalDate;
import ru.rosnou.international.base.i18n.Language;

/** What the sitemap lists of a published article: its address, its story (for its translation) and dates. */
public record SitemapArticle(
        Language language, String slug, String storyKey, LocalDate publishedOn, Instant updatedAt) {}
