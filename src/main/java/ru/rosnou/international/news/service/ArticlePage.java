package ru.rosnou.international.news.service;

import java.util.List;
import java.util.Optional;
import ru.rosnou.international.news.domain.ArticleSummary;

/** Everything an article's page shows, read in one transaction: the article, its translation, Related reading. */
public record ArticlePage(
        ArticleDetails article, Optional<ArticleSummary> translation, List<ArticleSummary> relatedReading) {

    public ArticlePage {
        relatedReading = List.copyOf(relatedReading);
    }
}
