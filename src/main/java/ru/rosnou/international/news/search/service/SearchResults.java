package ru.rosnou.international.news.search.service;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of search results, best first; {@code number} counts from 1.
 *
 * @param inOtherLanguage how many articles of the other language match, counted only when this one has none
 * @param indexIncomplete whether the index is still being built, so that some articles may be missing
 */
public record SearchResults(
        SearchQuery query,
        List<Hit> hits,
        int number,
        int totalPages,
        long total,
        long inOtherLanguage,
        boolean indexIncomplete) {

    public record Hit(String slug, HighlightedText title, LocalDate publishedOn, HighlightedText snippet) {}

    public SearchResults {
        hits = List.copyOf(hits);
    }

    static SearchResults nothingToSearch(SearchQuery query) {
        return new SearchResults(query, List.of(), 1, 1, 0, 0, false);
    }
}
