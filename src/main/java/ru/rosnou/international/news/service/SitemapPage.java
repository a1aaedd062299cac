package ru.rosnou.international.news.service;

import java.time.LocalDate;
import java.util.Map;
import ru.rosnou.international.base.i18n.Language;

/**
 * A published article as the sitemap lists it: its language and slug, when it last changed, and the slugs of
 * its versions in each language, itself included (empty when it has no translation).
 */
public record SitemapPage(Language language, String slug, LocalDate lastModified, Map<Language, String> versions) {}
