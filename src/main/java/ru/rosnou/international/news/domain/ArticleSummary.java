package ru.rosnou.international.news.domain;

import java.time.LocalDate;
import ru.rosnou.international.base.i18n.Language;

/** What a list of news shows of an article: enough for a link, a date and a lead. */
public record ArticleSummary(
        Long id, Language language, String slug, String title, LocalDate publishedOn, String lead) {}
