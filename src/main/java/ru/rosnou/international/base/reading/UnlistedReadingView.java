package ru.rosnou.international.base.reading;

/**
 * A reading page drawn for one request: search results (one page per query typed would push the popular pages
 * out of those kept, and search engines list the articles themselves) or a reader's own confirmation. It is never
 * kept for other readers and never listed by search engines.
 */
public abstract class UnlistedReadingView extends ReadingView {

    @Override
    public final boolean sameForEveryReader() {
        return false;
    }

    @Override
    public final boolean forSearchEngines() {
        return false;
    }
}
