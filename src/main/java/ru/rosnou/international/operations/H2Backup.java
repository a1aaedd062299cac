package ru.rosnou.international.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * An online backup of the embedded H2 database while the site runs: {@code POST /actuator/backup} on the management
 * port (never the public one; {@code deploy/backup.sh} calls it). H2's {@code BACKUP TO} writes the database file
 * into a zip without stopping anyone, consistent to a committed transaction. On PostgreSQL, use {@code pg_dump}
 * (the same script does).
 */
@Component
@Endpoint(id = "backup")
public class H2Backup {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Path folder;
    private final Clock clock;

    public H2Backup(DataSource dataSource, @Value("${app.data-dir}") String dataDir, Clock clock) {
        this.dataSource = dataSource;
        this.folder = Path.of(dataDir, "backups");
        this.clock = clock;
    }

    @WriteOperation
    public Map<String, Object> backUp() throws SQLException, IOException {
        Path zip = folder.resolve("news-" + STAMP.format(clock.instant()) + ".zip");
        backUp(dataSource, zip);
        return Map.of("file", zip.toAbsolutePath().toString(), "bytes", Files.size(zip));
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
