package ru.rosnou.international.news.search.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.rosnou.international.news.domain.Article;
import ru.rosnou.international.news.domain.ArticleRepository;

/**
 * Builds the search index from the database when it is missing or does not hold every article: on the first
 * start, after a restore, after articles were loaded with SQL. Publishing and editing keep it current after that
 * (Hibernate Search follows every change saved through JPA). A small index is built before the site is called
 * ready; a large one in the background, while the results page says it may be incomplete.
 */
@Component
public class SearchIndexBuilder {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBuilder.class);
    /** Up to this many articles the index is built at once, in well under a second. */
    static final long BUILD_IN_FOREGROUND_UP_TO = 2_000;

    private final EntityManagerFactory entityManagers;
    private final ArticleRepository articles;
    private final Clock clock;
    private volatile boolean building;

    public SearchIndexBuilder(EntityManagerFactory entityManagers, ArticleRepository articles, Clock clock) {
        this.entityManagers = entityManagers;
        this.articles = articles;
        this.clock = clock;
    }

    /** Whether the index is being built, so that searches may miss articles. */
    public boolean building() {
        return building;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void buildIfIncomplete() {
        long inDatabase = articles.count();
        long inIndex = indexedArticles();
        if (inIndex == inDatabase) {
            return;
        }
        log.info("The search index holds {} of {} articles: building it", inIndex, inDatabase);
        building = true;
        if (inDatabase <= BUILD_IN_FOREGROUND_UP_TO) {
            build(inDatabase);
        } else {
            Thread builder = new Thread(() -> build(inDatabase), "search-index-builder");
            builder.setDaemon(true);
            builder.start();
        }
    }

    private void build(long count) {
        Instant start = clock.instant();
        try {
            Search.mapping(entityManagers)
                    .scope(Article.class)
                    .massIndexer()
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(200)
                    .startAndWait();
            log.info(
                    "Search index built: {} articles in {} ms",
                    count,
                    Duration.between(start, clock.instant()).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("The search index could not be built; search may miss articles", e);
        } finally {
            building = false;
        }
    }

    private long indexedArticles() {
        EntityManager entityManager = entityManagers.createEntityManager();
        try {
            return Search.session(entityManager)
                    .search(Article.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        } finally {
            entityManager.close();
        }
    }
}
