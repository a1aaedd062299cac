package ru.rosnou.international.news.service;

import java.util.List;
import ru.rosnou.international.news.domain.ArticleSummary;

/** One page of a news list; {@code number} counts from 1. */
public record NewsPage(List<ArticleSummary> items, int number, int totalPages, long totalItems) {}
