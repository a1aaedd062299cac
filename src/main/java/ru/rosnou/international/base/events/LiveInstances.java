package ru.rosnou.international.base.events;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.orm.jpa.JpaProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The instances that run on one database know of each other: each keeps a row in {@code site_instance} and says
 * every few seconds ({@code app.instances.heartbeat-interval}) that it is alive. An instance with an embedded search
 * index (its own, in its data folder) that sees another live instance cannot serve readers the same results as the
 * other (a change saved through one is indexed by that one only): it logs an error naming the fix, and this
 * indicator, part of the readiness group, is DOWN, so that the load balancer sends readers to it no more.
 */
@Component("instances")
public class LiveInstances implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(LiveInstances.class);
    /** The search backend of Hibernate Search that is one instance's own. */
    static final String EMBEDDED = "lucene";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String id;
    private final String searchIndex;
    private final Duration aliveFor;
    private final boolean announce;
    private final long startedAt;
    private volatile List<String> drifting = List.of();

    @Autowired
    public LiveInstances(JdbcTemplate jdbc, Clock clock, JpaProperties jpa, InstanceSettings settings) {
        this(
                jdbc,
                clock,
                newId(),
                jpa.getProperties().getOrDefault("hibernate.search.backend.type", "lucene"),
                settings.aliveFor(),
                settings.announce());
    }

    LiveInstances(JdbcTemplate jdbc, Clock clock, String id, String searchIndex, Duration aliveFor, boolean announce) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.id = id;
        this.searchIndex = searchIndex;
        this.aliveFor = aliveFor;
        this.announce = announce;
        this.startedAt = clock.millis();
    }

    /** The host, the process and a random part: readable in the log, never the same for two starts. */
    private static String newId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ProcessHandle.current().pid() + ":"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    public String id() {
        return id;
    }

    @Scheduled(fixedDelayString = "${app.instances.heartbeat-interval:5s}")
    public void scheduledHeartbeat() {
        if (announce) {
            heartbeat();
        }
    }

    /** Says this instance is alive, forgets the instances gone silent, and looks whether its index drifts. */
    public synchronized void heartbeat() {
        long now = clock.millis();
        long liveSince = now - aliveFor.toMillis();
        List<String> others;
        try {
            if (jdbc.update("update site_instance set seen_at = ?, search_index = ? where id = ?", now, searchIndex, id)
                    == 0) {
                jdbc.update(
                        "insert into site_instance (id, search_index, started_at, seen_at) values (?, ?, ?, ?)",
                        id,
                        searchIndex,
                        startedAt,
                        now);
            }
            jdbc.update("delete from site_instance where seen_at < ?", liveSince);
            others = jdbc.queryForList(
                    "select id from site_instance where id <> ? and seen_at >= ? order by id",
                    String.class,
                    id,
                    liveSince);
        } catch (DataAccessException unavailable) {
            // The database's absence is the database indicator's to report; what was seen last still holds.
            log.debug("Could not say this instance is alive", unavailable);
            return;
        }
        List<String> drift = EMBEDDED.equals(searchIndex) ? List.copyOf(others) : List.of();
        if (!drift.isEmpty() && !drift.equals(drifting)) {
            log.error(
                    "This instance keeps its own embedded search index, but other instances run on the same database"
                            + " ({}): a change saved through one of them is not in this index, so readers would find"
                            + " different news here. Not ready until they are gone. Fix: run every instance with the"
                            + " shared index, SPRING_PROFILES_ACTIVE=opensearch and SEARCH_HOSTS (see"
                            + " docs/several-instances.md).",
                    String.join(", ", drift));
        } else if (drift.isEmpty() && !drifting.isEmpty()) {
            log.info("No other instance runs on this database any more: this instance's embedded index is ready");
        }
        drifting = drift;
    }

    /** Removes this instance's row when it stops, so that the others need not wait for it to go silent. */
    public void leave() {
        try {
            jdbc.update("delete from site_instance where id = ?", id);
        } catch (DataAccessException unavailable) {
            log.debug("Could not remove this instance's row", unavailable);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (announce) {
            leave();
        }
    }

    @Override
    public Health health() {
        List<String> drift = drifting;
        if (drift.isEmpty()) {
            return Health.up().build();
        }
        return Health.down()
                .withDetail("embeddedIndexBesideOtherInstances", drift)
                .withDetail("fix", "SPRING_PROFILES_ACTIVE=opensearch on every instance")
                .build();
    }
}
