/**
 * Searching the news: the query, its results with highlighted words, the analysers of each backend, the index
 * built when missing and rebuilt while the site serves, and what happens when the search service is away.
 */
@NullMarked
package ru.rosnou.international.news.search.service;

import org.jspecify.annotations.NullMarked;
