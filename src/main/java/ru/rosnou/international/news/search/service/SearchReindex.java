package ru.rosnou.international.news.search.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import ru.rosnou.international.news.domain.Article;

/**
 * Rebuilds the search index from the database while the site serves (the operator's management operation
 * {@code POST /actuator/reindex}, see docs/several-instances.md): every article is indexed again, in place, over the
 * document it replaces, with no purge first, so readers keep finding everything throughout; then the documents of
 * articles no longer in the database are removed. It mends an index that has drifted from the database: after a
 * restore, articles loaded with SQL, an index lost or left behind. One at a time; progress in the log.
 *
 * <p>On OpenSearch this is the same in-place rebuild, not a new index behind a switched alias: Hibernate Search 7.2
 * reads through its {@code -read} alias and writes through its {@code -write} alias, but its mass indexer has no way
 * to build a second index and switch the aliases (that is a manual procedure there, which also needs the changes made
 * meanwhile written twice). Rebuilding in place never leaves readers an empty or partial index, which is what counts.
 */
@Service
public class SearchReindex {

    private static final Logger log = LoggerFactory.getLogger(SearchReindex.class);
    /** A progress line every this many articles indexed. */
    static final long LOG_EVERY = 1_000;

    private final EntityManagerFactory entityManagers;
    private final Clock clock;
    private volatile @Nullable Progress current;
    private volatile @Nullable Progress last;

    public SearchReindex(EntityManagerFactory entityManagers, Clock clock) {
        this.entityManagers = entityManagers;
        this.clock = clock;
    }

    /** Where a rebuild stands: started, articles indexed of the total, documents removed, and whether it ended. */
    public record Status(
            Instant started,
            long indexed,
            long total,
            long removed,
            @Nullable Instant finished,
            @Nullable String failure) {

        public boolean running() {
            return finished == null;
        }
    }

    /**
     * Starts a rebuild in the background.
     *
     * @return its status, or empty when one is already running
     */
    public synchronized Optional<Status> start() {
        if (current != null) {
            return Optional.empty();
        }
        Progress progress = new Progress(clock.instant());
        current = progress;
        Thread worker = new Thread(() -> run(progress), "search-reindex");
        worker.setDaemon(true);
        worker.start();
        return Optional.of(progress.status());
    }

    /** The running rebuild's status, else the last one's, else empty. */
    public Optional<Status> status() {
        Progress progress = current != null ? current : last;
        return Optional.ofNullable(progress).map(Progress::status);
    }

    /** Runs a rebuild in this thread and returns how it ended (for a command, and the tests). */
    public Status runNow() {
        Progress progress;
        synchronized (this) {
            if (current != null) {
                throw new IllegalStateException("A rebuild of the search index is running already");
            }
            progress = new Progress(clock.instant());
            current = progress;
        }
        run(progress);
        return progress.status();
    }

    private void run(Progress progress) {
        log.info("Rebuilding the search index from the database, in place; searches go on meanwhile");
        try {
            Search.mapping(entityManagers)
                    .scope(Article.class)
                    .massIndexer()
                    .purgeAllOnStart(false)
                    .dropAndCreateSchemaOnStart(false)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(200)
                    .monitor(progress)
                    .startAndWait();
            progress.removed.set(removeDocumentsOfDeletedArticles());
            progress.finished = clock.instant();
            log.info(
                    "Search index rebuilt: {} articles indexed, {} documents of deleted articles removed, in {} s",
                    progress.indexed.get(),
                    progress.removed.get(),
                    Duration.between(progress.started, progress.finished).toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            progress.fail("interrupted");
        } catch (RuntimeException e) {
            log.error("The search index could not be rebuilt; it is as it was, with what was indexed so far", e);
            progress.fail(e.toString());
        } finally {
            synchronized (this) {
                last = progress;
                current = null;
            }
        }
    }

    /** Removes the documents whose article is no longer in the database; returns how many. */
    private long removeDocumentsOfDeletedArticles() {
        EntityManager entityManager = entityManagers.createEntityManager();
        try {
            SearchSession session = Search.session(entityManager);
            Set<Long> indexed = new HashSet<>();
            try (SearchScroll<Long> scroll = session.search(Article.class)
                    .select(f -> f.id(Long.class))
                    .where(f -> f.matchAll())
                    .scroll(1_000)) {
                for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                    indexed.addAll(chunk.hits());
                }
            }
            indexed.removeAll(entityManager
                    .createQuery("select a.id from Article a", Long.class)
                    .getResultList());
            if (indexed.isEmpty()) {
                return 0;
            }
            List<Long> gone = new ArrayList<>(indexed);
            EntityTransaction transaction = entityManager.getTransaction();
            transaction.begin();
            gone.forEach(id -> session.indexingPlan().purge(Article.class, id, null));
            transaction.commit();
            log.info("Removed from the search index {} documents of articles no longer in the database", gone.size());
            return gone.size();
        } finally {
            entityManager.close();
        }
    }

    /** The progress of one rebuild, fed by the mass indexer, with a log line every {@link #LOG_EVERY} articles. */
    private final class Progress implements MassIndexingMonitor {

        final Instant started;
        final AtomicLong indexed = new AtomicLong();
        final AtomicLong total = new AtomicLong();
        final AtomicLong removed = new AtomicLong();
        volatile @Nullable Instant finished;
        volatile @Nullable String failure;

        Progress(Instant started) {
            this.started = started;
        }

        Status status() {
            return new Status(started, indexed.get(), total.get(), removed.get(), finished, failure);
        }

        void fail(String why) {
            failure = why;
            finished = clock.instant();
        }

        @Override
        public void documentsAdded(long increment) {
            long before = indexed.getAndAdd(increment);
            long now = before + increment;
            if (now / LOG_EVERY > before / LOG_EVERY) {
                long of = total.get();
                log.info(
                        "Rebuilding the search index: {} of {} articles ({} %) in {} s",
                        now,
                        of,
                        of == 0 ? 100 : now * 100 / of,
                        Duration.between(started, clock.instant()).toSeconds());
            }
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {}
    }
}
