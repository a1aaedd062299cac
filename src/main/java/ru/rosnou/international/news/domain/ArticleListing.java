package ru.rosnou.international.news.domain;

import ru.rosnou.international.base.i18n.Language;
import java.time.LocalDate;

/** What the editors' list shows of an article, published or not. */
public record ArticleListing(Long id, Language language, String slug, String title, LocalDate publishedOn,
                             boolean published) {
}
