package ru.rosnou.international.news.search.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.news.domain.Article;
import ru.rosnou.international.news.search.domain.ArticleIndex;
import ru.rosnou.international.news.service.NewsFilter;

/**
 * Finds published news by what readers type: each language in its own analyser (Russian morphology, English
 * stemming), every word required, titles weighing more than leads and leads more than bodies, phrases in quotes
 * matched as phrases, and when the words as typed find nothing, one typo forgiven in words of five letters or more. Results come with the matched words
 * marked, from the index alone.
 */
@Service
@Transactional(readOnly = true)
public class NewsSearch {

    /** Pages of results a reader can reach; past them, more words narrow the search better than paging. */
    public static final int MAX_PAGES = 100;

    static final float TITLE_BOOST = 4f;
    static final float LEAD_BOOST = 2f;
    /** A word as typed counts more than the same word with a typo (when typos are forgiven). */
    static final float EXACT_BOOST = 2f;

    @PersistenceContext
    private EntityManager entityManager;

    private final SearchIndexBuilder index;
    private final int pageSize;

    public NewsSearch(SearchIndexBuilder index, SearchSettings settings) {
        this.index = index;
        this.pageSize = settings.pageSize();
    }

    public int pageSize() {
        return pageSize;
    }

    /**
     * A page of the articles in a language that match the query and the filter, best first.
     *
     * @throws SearchUnavailable when the index cannot answer (a shared cluster out of reach)
     */
    public SearchResults search(Language language, SearchQuery query, NewsFilter filter, int pageNumber) {
        if (query.isEmpty()) {
            return SearchResults.nothingToSearch(query);
        }
        try {
            return find(language, query, filter, pageNumber);
        } catch (SearchException failure) {
            throw new SearchUnavailable(failure);
        }
    }

    private SearchResults find(Language language, SearchQuery query, NewsFilter filter, int pageNumber) {
        SearchSession session = Search.session(entityManager);
        int number = Math.min(Math.max(1, pageNumber), MAX_PAGES);
        // Words as typed first; only when they find nothing, again forgiving one typo per long word. Most searches
        // are spelled right, and then the index is read once, without the typo variants of every word.
        boolean forgiving = false;
        SearchResult<SearchResults.Hit> result = fetch(session, language, query, filter, number, false);
        if (result.total().hitCount() == 0 && query.words().stream().anyMatch(SearchQuery::forgivesTypo)) {
            forgiving = true;
            result = fetch(session, language, query, filter, number, true);
        }
        long total = result.total().hitCount();
        int totalPages = (int) Math.min(MAX_PAGES, Math.max(1, (total + pageSize - 1) / pageSize));
        if (number > totalPages) {
            number = totalPages;
            result = fetch(session, language, query, filter, number, forgiving);
        }
        long inOtherLanguage = total > 0
                ? 0
                : session.search(Article.class)
                        .where(f -> matching(f, language.other(), query, NewsFilter.NONE, true))
                        .fetchTotalHitCount();
        return new SearchResults(query, result.hits(), number, totalPages, total, inOtherLanguage, index.building());
    }

    private SearchResult<SearchResults.Hit> fetch(
            SearchSession session,
            Language language,
            SearchQuery query,
            NewsFilter filter,
            int number,
            boolean forgiving) {
        String mark = ArticleIndex.MARK_START;
        String markEnd = ArticleIndex.MARK_END;
        return session.search(Article.class)
                .select(f -> f.composite()
                        .from(
                                f.field(ArticleIndex.SLUG, String.class),
                                f.field(ArticleIndex.PUBLISHED_ON, LocalDate.class),
                                f.field(ArticleIndex.title(language), String.class),
                                f.field(ArticleIndex.lead(language), String.class),
                                f.highlight(ArticleIndex.title(language)).highlighter("whole"),
                                f.highlight(ArticleIndex.lead(language)).highlighter("whole"),
                                f.highlight(ArticleIndex.body(language)).highlighter("snippet"))
                        .asList(NewsSearch::hit))
                .where(f -> matching(f, language, query, filter, forgiving))
                .sort(f -> f.score().then().field(ArticleIndex.PUBLISHED_ON).desc())
                // A title or a lead is shown whole, matched or not; from a body only the best sentence, if any.
                .highlighter(
                        "whole",
                        h -> h.plain()
                                .tag(mark, markEnd)
                                .numberOfFragments(1)
                                .fragmentSize(1_000)
                                .noMatchSize(1_000))
                .highlighter(
                        "snippet",
                        h -> h.unified().tag(mark, markEnd).numberOfFragments(1).noMatchSize(0))
                .fetch((number - 1) * pageSize, pageSize);
    }

    private static PredicateFinalStep matching(
            SearchPredicateFactory f, Language language, SearchQuery query, NewsFilter filter, boolean forgiving) {
        BooleanPredicateClausesStep<?> all = filtered(f, language, filter);
        for (String word : query.words()) {
            BooleanPredicateClausesStep<?> either =
                    f.bool().should(textFields(f, language).matching(word).boost(EXACT_BOOST));
            if (forgiving && SearchQuery.forgivesTypo(word)) {
                // The first letter must be right: typos rarely start a word, and it keeps the lookup small.
                either.should(textFields(f, language).matching(word).fuzzy(1, 1));
            }
            all.must(either);
        }
        for (String phrase : query.phrases()) {
            all.must(f.phrase()
                    .field(ArticleIndex.title(language))
                    .boost(TITLE_BOOST)
                    .field(ArticleIndex.lead(language))
                    .boost(LEAD_BOOST)
                    .field(ArticleIndex.body(language))
                    .matching(phrase));
        }
        return all;
    }

    /** Published articles in the language, within the filter's year and topic. */
    private static BooleanPredicateClausesStep<?> filtered(
            SearchPredicateFactory f, Language language, NewsFilter filter) {
        BooleanPredicateClausesStep<?> all = f.bool()
                .filter(f.match().field(ArticleIndex.LANGUAGE).matching(language.code()))
                .filter(f.match().field(ArticleIndex.PUBLISHED).matching(true));
        if (filter.year() != null) {
            all.filter(f.range()
                    .field(ArticleIndex.PUBLISHED_ON)
                    .between(
                            filter.from(), RangeBoundInclusion.INCLUDED, filter.until(), RangeBoundInclusion.EXCLUDED));
        }
        if (filter.topic() != null) {
            all.filter(f.match().field(ArticleIndex.TOPIC).matching(filter.topic()));
        }
        return all;
    }

    /** A word in the title, the lead or the body, the title weighing most. */
    private static MatchPredicateFieldMoreStep<?, ?> textFields(SearchPredicateFactory f, Language language) {
        return f.match()
                .field(ArticleIndex.title(language))
                .boost(TITLE_BOOST)
                .field(ArticleIndex.lead(language))
                .boost(LEAD_BOOST)
                .field(ArticleIndex.body(language));
    }

    private static SearchResults.Hit hit(List<?> values) {
        String slug = (String) values.get(0);
        LocalDate publishedOn = (LocalDate) values.get(1);
        HighlightedText title = whole(values.get(4), (String) values.get(2));
        HighlightedText lead = whole(values.get(5), (String) values.get(3));
        HighlightedText body = first(values.get(6));
        // The lead is the snippet unless the matched words are only in the body: then the passage around them.
        HighlightedText snippet = !lead.hasMarks() && body.hasMarks() ? body : lead;
        return new SearchResults.Hit(slug, title, publishedOn, snippet);
    }

    /**
     * A title or a lead whole: as highlighted when a word matched, otherwise as stored (OpenSearch's highlighter
     * shortens an unmatched text to its last whole word, dropping the final full stop).
     */
    private static HighlightedText whole(Object fragments, String stored) {
        HighlightedText highlighted = first(fragments);
        return highlighted.hasMarks() ? highlighted : HighlightedText.plain(stored);
    }

    private static HighlightedText first(Object fragments) {
        List<?> list = (List<?>) fragments;
        return list.isEmpty() ? HighlightedText.plain("") : HighlightedText.fromHighlighter((String) list.get(0));
    }
}
