package ru.rosnou.international.news.search.service;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.rosnou.international.news.domain.Article;

/**
 * Waits until the search index has taken in every change committed so far. On the embedded index a change is in the
 * index when its transaction returns (nothing to wait for); with the shared index (profile "opensearch") it goes
 * through the outbox: an event row per change, which a live instance's processor indexes and then deletes. The
 * index is then refreshed, so that what was indexed is also searchable.
 */
final class SearchCaughtUp {

    private static final Duration AT_MOST = Duration.ofSeconds(60);

    private SearchCaughtUp() {}

    static void await(JdbcTemplate jdbc, EntityManagerFactory entityManagers) {
        Instant until = Instant.now().plus(AT_MOST);
        while (pending(jdbc) > 0) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("The search index has not taken in the changes within " + AT_MOST);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        Search.mapping(entityManagers).scope(Article.class).workspace().refresh();
    }

    /** The changes committed and not indexed yet. */
    static long pending(JdbcTemplate jdbc) {
        Long count = jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class);
        return count == null ? 0 : count;
    }
}
