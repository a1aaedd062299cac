package ru.rosnou.international.questions.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The question-form stamps already sent with a question, in the database so that every instance refuses a stamp
 * used on another: one shown form, one question. Each is kept until its form has expired anyway.
 */
@Component
public class UsedFormStamps {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    public UsedFormStamps(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        // In a transaction of its own: on PostgreSQL a failed insert (a stamp used before) would end the caller's.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Marks the stamp used; false when it was used before (here or on another instance). */
    public boolean spend(String stamp, Instant expiresAt) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into used_form_stamp (stamp, expires_at) values (?, ?)",
                    stamp,
                    OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC)));
            return true;
        } catch (DataIntegrityViolationException usedBefore) {
            return false;
        }
    }

    /** Stamps whose forms have expired are refused for their age: they need not be remembered. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    public void forgetExpired() {
        jdbc.update(
                "delete from used_form_stamp where expires_at < ?",
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }
}
