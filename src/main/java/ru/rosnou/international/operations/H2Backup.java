package ru.rosnou.international.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.stereotype.Component;
import ru.rosnou.international.base.data.DataFolder;

/**
 * An online backup of the embedded H2 database while the site runs: {@code POST /actuator/backup} on the management
 * port (never the public one; {@code deploy/backup.sh} calls it), with the token of {@code app.backup.token}
 * ({@code APP_BACKUP_TOKEN}) as a bearer token, checked by {@link ManagementGate}. H2's {@code BACKUP TO} writes the
 * database file into a zip without stopping anyone, consistent to a committed transaction. One backup runs at a
 * time, at most one per {@code app.backup.min-interval}, and only the newest {@code app.backup.keep} zips are kept.
 * On PostgreSQL, use {@code pg_dump} (the same script does).
 */
@Component
@Endpoint(id = "backup")
public class H2Backup {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Path folder;
    private final Clock clock;
    private final Duration minInterval;
    private final int keep;
    private final ReentrantLock running = new ReentrantLock();
    private volatile @Nullable Instant lastStarted;

    public H2Backup(DataSource dataSource, DataFolder data, Clock clock, BackupSettings settings) {
        this.dataSource = dataSource;
        this.folder = Path.of(data.dataDir(), "backups");
        this.clock = clock;
        this.minInterval = settings.minInterval();
        this.keep = Math.max(1, settings.keep());
    }

    @WriteOperation
    public WebEndpointResponse<Map<String, Object>> backUp() throws SQLException, IOException {
        if (!running.tryLock()) {
            return new WebEndpointResponse<>(Map.of("error", "a backup is running"), 409);
        }
        try {
            Instant now = clock.instant();
            Instant last = lastStarted;
            if (last != null && now.isBefore(last.plus(minInterval))) {
                long wait = Duration.between(now, last.plus(minInterval)).toSeconds() + 1;
                return new WebEndpointResponse<>(
                        Map.of("error", "the last backup was too recent", "retryAfterSeconds", wait), 429);
            }
            lastStarted = now;
            Path zip = folder.resolve("news-" + STAMP.format(now) + ".zip");
            backUp(dataSource, zip);
            List<Path> removed = keepNewest(folder, keep);
            return new WebEndpointResponse<>(
                    Map.of(
                            "file",
                            zip.toAbsolutePath().toString(),
                            "bytes",
                            Files.size(zip),
                            "removed",
                            removed.size()),
                    200);
        } finally {
            running.unlock();
        }
    }

    /** Deletes all but the newest {@code keep} backups (news-STAMP.zip, newest by name) in the folder. */
    static List<Path> keepNewest(Path folder, int keep) throws IOException {
        List<Path> backups;
        try (Stream<Path> files = Files.list(folder)) {
            backups = files.filter(file -> file.getFileName().toString().matches("news-\\d{8}-\\d{6}\\.zip"))
                    .sorted()
                    .toList();
        }
        List<Path> old = backups.subList(0, Math.max(0, backups.size() - keep));
        for (Path file : old) {
            Files.deleteIfExists(file);
        }
        return old;
    }

    /** Writes the H2 database behind the data source into the zip; refuses other databases. */
    static void backUp(DataSource dataSource, Path zip) throws SQLException, IOException {
        Files.createDirectories(zip.toAbsolutePath().getParent());
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"H2".equals(product)) {
                throw new IllegalStateException("Online backup here is for H2 only; back up " + product
                        + " with its own tools (deploy/backup.sh runs pg_dump)");
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(
                        "BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
            }
        }
    }
}
