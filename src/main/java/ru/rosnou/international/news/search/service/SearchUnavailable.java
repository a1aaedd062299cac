package ru.rosnou.international.news.search.service;

/**
 * The search index cannot answer (the shared OpenSearch cluster is unreachable): the search page says so with
 * HTTP 503, while every reading page, which needs only the database, goes on as usual.
 */
public class SearchUnavailable extends RuntimeException {

    public SearchUnavailable(Throwable cause) {
        super("The search index cannot answer: " + cause.getMessage(), cause);
    }
}
