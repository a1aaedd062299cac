package ru.rosnou.international.base.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the instances behind one load balancer about each other's changes. A change readers see raises a counter
 * in the database, in the change's own transaction; every instance reads the counter every second
 * ({@code app.cluster.change-check-interval}) and, when another has raised it, announces
 * {@link ChangedOnAnotherInstance} so that its kept pages and lists are drawn anew. (It also sees its own raises,
 * and then only forgets once more what it has already forgotten.)
 */
@Component
public class ChangesAcrossInstances {

    private static final Logger log = LoggerFactory.getLogger(ChangesAcrossInstances.class);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private Long seen;

    public ChangesAcrossInstances(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    public void recordChange(ContentChanged change) {
        if (!(change instanceof ChangedOnAnotherInstance)) {
            jdbc.update("update content_change set version = version + 1 where id = 1");
        }
    }

    /** Looks whether the counter moved since the last look; the first look only remembers where it stands. */
    @Scheduled(fixedDelayString = "${app.cluster.change-check-interval:1s}")
    public synchronized void lookForChanges() {
        long version;
        try {
            version = jdbc.queryForObject("select version from content_change where id = 1", Long.class);
        } catch (DataAccessException unavailable) {
            // The database's absence is reported by the pages and the readiness check; here it only waits.
            log.debug("Could not look for changes of other instances", unavailable);
            return;
        }
        if (seen != null && version != seen) {
            events.publishEvent(new ChangedOnAnotherInstance());
        }
        seen = version;
    }
}
