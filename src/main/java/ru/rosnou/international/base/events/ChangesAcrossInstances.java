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

    /** While the database is away, looks are spaced out up to this (each failed look is a warning in the pool's log). */
    static final int MOST_LOOKS_SKIPPED = 30;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private Long seen;
    private int looksToSkip;
    private int failedLooks;

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
        if (looksToSkip > 0) {
            looksToSkip--;
            return;
        }
        long version;
        try {
            version = jdbc.queryForObject("select version from content_change where id = 1", Long.class);
        } catch (DataAccessException unavailable) {
            // The database's absence is reported by the pages and the readiness check; here it only waits, longer
            // after each failure (1, 2, 4 ... 30 looks); once it answers, what is kept is forgotten in any case.
            log.debug("Could not look for changes of other instances", unavailable);
            failedLooks++;
            looksToSkip = Math.min(MOST_LOOKS_SKIPPED, (1 << Math.min(failedLooks, 5)) - 1);
            return;
        }
        boolean missedLooks = failedLooks > 0;
        failedLooks = 0;
        if (seen != null && (version != seen || missedLooks)) {
            events.publishEvent(new ChangedOnAnotherInstance());
        }
        seen = version;
    }
}
