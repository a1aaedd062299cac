package ru.rosnou.international.news.domain;

import java.time.LocalDate;

/** What the editors' list shows of an article, published or not. */
public record ArticleListing(Long id, String language, String slug, String title, LocalDate publishedOn,
                             boolean published) {
}
