package ru.rosnou.international.base.data;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The readiness check's view of the database ({@code database} in the health groups): it must <em>write</em>, not
 * only answer. An embedded H2 database that shut itself down (a full disk, for one) still calls its connections
 * valid, and reading pages may still come from what is kept, while every sign-in and question fails. So the check
 * changes one row and takes the change back, within {@code app.database.readiness-timeout} (2 s) of its own,
 * whatever the pool would wait. When the check fails, every pooled connection is dropped, so that the next one
 * opens the database anew: an H2 file that closed is opened again once its disk has room.
 */
@Component("database")
public class DatabaseHealth implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DatabaseHealth.class);

    /** Changes nothing, but needs the database to write (and takes the change back). */
    static final String WRITE_PROBE = "update content_change set version = version where id = 1";

    private final DataSource dataSource;
    private final long timeoutMillis;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-readiness");
        thread.setDaemon(true);
        return thread;
    });

    private @Nullable Future<@Nullable String> running;
    private boolean wasDown;

    public DatabaseHealth(DataSource dataSource, DatabaseSettings settings) {
        this.dataSource = dataSource;
        this.timeoutMillis = settings.readinessTimeout().toMillis();
    }

    @Override
    public synchronized Health health() {
        if (running == null || running.isDone()) {
            running = checker.submit(this::problem);
        }
        String problem;
        try {
            problem = running.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            // The check goes on in the background; the next one waits for it rather than piling up.
            problem = "no answer within " + timeoutMillis + " ms";
        } catch (ExecutionException | RuntimeException e) {
            problem = String.valueOf(e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        }
        if (problem == null) {
            if (wasDown) {
                log.info("The database answers again");
                wasDown = false;
            }
            return Health.up().build();
        }
        if (!wasDown) {
            log.warn("The database cannot write: {}", problem);
            wasDown = true;
        }
        dropConnections();
        return Health.down().withDetail("problem", problem).build();
    }

    @PreDestroy
    void stop() {
        checker.shutdownNow();
    }

    /** What keeps the database from writing, or null when it writes. */
    private @Nullable String problem() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout((int) Math.max(1, timeoutMillis / 1000));
                statement.executeUpdate(WRITE_PROBE);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
            return null;
        } catch (SQLException e) {
            return e.getErrorCode() + " " + e.getMessage().lines().findFirst().orElse("");
        }
    }

    /** Closes idle connections now and busy ones when they are given back: new ones open the database anew. */
    private void dropConnections() {
        if (dataSource instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }
}
