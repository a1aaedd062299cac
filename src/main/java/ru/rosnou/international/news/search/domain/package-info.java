/**
 * How an article is kept in the search index: its fields, per-language analysers and highlight marks
 * ({@code ArticleIndex}), and the mapping that puts {@code news.domain.Article} into it.
 */
@NullMarked
package ru.rosnou.international.news.search.domain;

import org.jspecify.annotations.NullMarked;
