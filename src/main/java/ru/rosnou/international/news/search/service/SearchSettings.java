package ru.rosnou.international.news.search.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How search results are cut ({@code app.search.*}; {@code app.search.aborted-retry-interval} is read by
 * {@link AbortedIndexingRetry}'s schedule).
 *
 * @param pageSize results on one page
 */
@ConfigurationProperties("app.search")
public record SearchSettings(@DefaultValue("10") int pageSize) {}
