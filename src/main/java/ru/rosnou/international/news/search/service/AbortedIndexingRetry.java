package ru.rosnou.international.news.search.service;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.hibernate.search.mapper.orm.outboxpolling.mapping.OutboxPollingSearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * No change lost to a long search outage: with the shared index, Hibernate Search retries an indexing event a few
 * times and then keeps it as "aborted", never to be tried again by itself. Once the search backend answers again,
 * the aborted events are put back in the queue, so an edit saved while OpenSearch was away is found afterwards
 * without a manual reindex.
 */
@Component
@ConditionalOnProperty(
        name = "spring.jpa.properties.hibernate.search.coordination.strategy",
        havingValue = "outbox-polling")
public class AbortedIndexingRetry {

    private static final Logger log = LoggerFactory.getLogger(AbortedIndexingRetry.class);

    private final EntityManagerFactory entityManagers;
    private final SearchHealth health;

    public AbortedIndexingRetry(EntityManagerFactory entityManagers, SearchHealth health) {
        this.entityManagers = entityManagers;
        this.health = health;
    }

    /** Puts the aborted events back in the queue when there are any and the index can be reached; returns how many. */
    @Scheduled(
            fixedDelayString = "${app.search.aborted-retry-interval:30s}",
            initialDelayString = "${app.search.aborted-retry-interval:30s}")
    public int requeueAborted() {
        OutboxPollingSearchMapping outbox = Search.mapping(entityManagers).extension(OutboxPollingExtension.get());
        if (outbox.countAbortedEvents() == 0
                || !Status.UP.equals(health.health().getStatus())) {
            return 0;
        }
        int requeued = outbox.reprocessAbortedEvents();
        log.warn(
                "The search index is reachable again: {} indexing events it had given up on are queued again",
                requeued);
        return requeued;
    }
}
