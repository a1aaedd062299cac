package ru.rosnou.international.news.domain;

import java.time.LocalDate;
import ru.rosnou.international.base.i18n.Language;

/** What the editors' list shows of an article, published or not. */
public record ArticleListing(
        Long id, Language language, String slug, String title, LocalDate publishedOn, boolean published) {}
