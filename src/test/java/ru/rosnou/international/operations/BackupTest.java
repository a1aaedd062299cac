package ru.rosnou.international.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import ru.rosnou.international.MutableClock;
import ru.rosnou.international.base.data.DataFolder;

/**
 * Backups restore to what was backed up: every table's rows and an image's bytes. H2's online backup is taken while
 * another connection (the running site) holds the database open; the PostgreSQL one runs deploy/backup.sh (pg_dump)
 * and pg_restore into a new database, in the PostgreSQL pass of {@code mvn verify}.
 */
class BackupTest {

    @TempDir
    Path work;

    private final byte[] image = SampleDataFolder.image();

    @Test
    void anOnlineH2BackupRestoresEveryRowAndTheImageBytes() throws Exception {
        Path data = work.resolve("data");
        SampleDataFolder.fill(data, image);
        JdbcDataSource site = new JdbcDataSource();
        site.setURL(SampleDataFolder.url(data));
        site.setUser("sa");
        Path zip = work.resolve("backups/news.zip");
        try (Connection open = site.getConnection()) {
            H2Backup.backUp(site, zip);
            Map<String, Long> original = counts(open);

            Path restored = work.resolve("restored");
            unzip(zip, restored);
            try (Connection copy = DriverManager.getConnection(SampleDataFolder.url(restored), "sa", "")) {
                assertThat(counts(copy)).isEqualTo(original);
                assertThat(imageBytes(copy)).isEqualTo(image);
            }
        }
    }

    @Test
    void backupsAreSpacedOutAndOnlyTheNewestAreKept() throws Exception {
        Path data = work.resolve("data");
        SampleDataFolder.fill(data, image);
        JdbcDataSource site = new JdbcDataSource();
        site.setURL(SampleDataFolder.url(data));
        site.setUser("sa");
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T03:15:00Z"));
        H2Backup backup = new H2Backup(
                site, new DataFolder(data.toString()), clock, new BackupSettings(Duration.ofMinutes(10), 3, ""));

        assertThat(backup.backUp().getStatus()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        WebEndpointResponse<Map<String, Object>> tooSoon = backup.backUp();
        assertThat(tooSoon.getStatus()).as("a minute later").isEqualTo(429);
        assertThat(tooSoon.getBody()).containsEntry("retryAfterSeconds", 541L);
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(10));
            assertThat(backup.backUp().getStatus()).isEqualTo(200);
        }
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                    .as("the newest three of six")
                    .containsExactly(
                            "news-20261201-034600.zip", "news-20261201-035600.zip", "news-20261201-040600.zip");
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "spring.datasource.url", matches = "jdbc:postgresql:.*")
    void aPgDumpByTheBackupScriptRestoresEveryRowAndTheImageBytes() throws Exception {
        String server = System.getProperty("spring.datasource.url").replaceFirst("/[^/]*$", "/");
        String user = System.getProperty("spring.datasource.username", "rosnou");
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists rosnou_backup_from");
            statement.execute("drop database if exists rosnou_backup_to");
            statement.execute("create database rosnou_backup_from");
            statement.execute("create database rosnou_backup_to");
        }
        Path data = work.resolve("data");
        SampleDataFolder.fill(data, image);
        CopyH2ToPostgres.copy(data, server + "rosnou_backup_from", user, "");

        ProcessBuilder backup = new ProcessBuilder("bash", "deploy/backup.sh").redirectErrorStream(true);
        backup.environment().put("DATABASE_URL", server + "rosnou_backup_from");
        backup.environment().put("DATABASE_USER", user);
        backup.environment().put("BACKUP_DIR", work.resolve("backups").toString());
        String dump = run(backup).strip();
        assertThat(Path.of(dump)).exists();

        String[] hostPort =
                server.replace("jdbc:postgresql://", "").replaceAll("/$", "").split(":");
        run(new ProcessBuilder(
                        "pg_restore",
                        "--no-owner",
                        "-h",
                        hostPort[0],
                        "-p",
                        hostPort[1],
                        "-U",
                        user,
                        "-d",
                        "rosnou_backup_to",
                        dump)
                .redirectErrorStream(true));

        try (Connection from = DriverManager.getConnection(server + "rosnou_backup_from", user, "");
                Connection to = DriverManager.getConnection(server + "rosnou_backup_to", user, "")) {
            assertThat(counts(to)).isEqualTo(counts(from));
            assertThat(imageBytes(to)).isEqualTo(image);
        }
    }

    private static Map<String, Long> counts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : CopyH2ToPostgres.TABLES) {
                try (ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        assertThat(counts.get("article")).isPositive();
        return counts;
    }

    private static byte[] imageBytes(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row =
                        statement.executeQuery("select data from media_file where public_name = 'kept-public-name'")) {
            assertThat(row.next()).isTrue();
            return row.getBytes(1);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into)).isTrue();
                Files.copy(entries, target);
            }
        }
    }

    private static String run(ProcessBuilder command) throws IOException, InterruptedException {
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }
}
