package ru.rosnou.international.news.domain;

import ru.rosnou.international.base.i18n.Language;
import java.time.Instant;
import java.time.LocalDate;

/** What the sitemap lists of a published article: its address, its story (for its translation) and dates. */
public record SitemapArticle(Language language, String slug, String storyKey, LocalDate publishedOn,
                             Instant updatedAt) {
}
