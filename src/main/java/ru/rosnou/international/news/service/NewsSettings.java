package ru.rosnou.international.news.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the news lists are cut ({@code app.news.*}).
 *
 * @param pageSize articles on one page of a list
 */
@ConfigurationProperties("app.news")
public record NewsSettings(@DefaultValue("6") int pageSize) {}
