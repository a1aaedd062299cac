package ru.rosnou.international.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import ru.rosnou.international.news.media.domain.MediaPublicNames;

/**
 * Copies the site's data from an H2 data folder into an empty PostgreSQL database: news, topics and images,
 * the Association's facts, social profiles, questions, editors' accounts and their sign-in records. Both are
 * first brought to the same schema by the site's own migrations; then every table is copied row by row in one
 * transaction, the identity counters and the question reference sequence are moved on past the copied values,
 * and the rows of each table are counted on both sides. Nothing is written unless every count matches.
 *
 * <p>Run it from the production jar (see docs/operations.md, "On PostgreSQL"):
 * {@code java -cp site.jar -Dloader.main=ru.rosnou.international.operations.CopyH2ToPostgres
 * org.springframework.boot.loader.launch.PropertiesLauncher /path/to/data} with {@code DATABASE_URL},
 * {@code DATABASE_USER} and {@code DATABASE_PASSWORD} naming the PostgreSQL database.
 */
public final class CopyH2ToPostgres {

    /** In an order that copies every referenced row before the rows that refer to it. */
    static final List<String> TABLES = List.of(
            "topic",
            "article",
            "article_topic",
            "article_image",
            "media_file",
            "association_profile",
            "association_membership",
            "association_congress",
            "social_profile",
            "question",
            "editor_account",
            "sign_in_failure",
            "sign_in_address",
            "client_limit",
            "content_change",
            "used_form_stamp",
            "site_instance",
            "calendar_event",
            "calendar_event_text");
    /**
     * Replaced by the copy, not refused when they have rows: filled by the migrations themselves (V3: the
     * Association's facts; V12: the change counter), or written by instances that ran on PostgreSQL before the copy
     * (V60: the live instances, forgotten after seconds of silence anyway).
     */
    static final Set<String> REPLACED = Set.of(
            "association_profile", "association_membership", "association_congress", "content_change", "site_instance");

    /**
     * Known but never copied (V61): the queue of Hibernate Search's outbox-polling coordination (profile
     * "opensearch") and its agents. They are transient: an event lives until a processor has indexed its change, an
     * agent row until its instance has been silent for seconds. The copy runs with the site stopped and moves only
     * the content; the shared index is brought in line with the copied content by the reindex afterwards (see
     * docs/several-instances.md), so a pending event copied over would only index again what the reindex indexes,
     * and a copied agent row would be an instance that no longer exists holding a share of the events until it
     * expired. Rows an instance on PostgreSQL may already have written there are left alone.
     */
    static final Set<String> NOT_COPIED = Set.of("hsearch_outbox_event", "hsearch_agent");

    private static final Set<String> NOT_CONTENT = Set.of("flyway_schema_history");
    private static final String REFERENCE_SEQUENCE = "question_reference_seq";

    private CopyH2ToPostgres() {}

    public static void main(String[] args) throws SQLException {
        if (args.length != 1) {
            System.err.println("Usage: CopyH2ToPostgres <H2 data folder> (with DATABASE_URL, DATABASE_USER, "
                    + "DATABASE_PASSWORD naming an empty PostgreSQL database)");
            System.exit(2);
        }
        String target = System.getenv("DATABASE_URL");
        if (target == null || !target.startsWith("jdbc:postgresql:")) {
            System.err.println("DATABASE_URL must name the PostgreSQL database (jdbc:postgresql://host:port/name)");
            System.exit(2);
        }
        Map<String, Long> counts = copy(
                Path.of(args[0]),
                target,
                System.getenv().getOrDefault("DATABASE_USER", ""),
                System.getenv().getOrDefault("DATABASE_PASSWORD", ""));
        counts.forEach((table, rows) -> System.out.printf("%-24s %d rows%n", table, rows));
        System.out.println("Copied; every table has as many rows in PostgreSQL as in H2.");
    }

    /**
     * Copies the data folder's database into the PostgreSQL one, which must hold no content yet.
     *
     * @return the rows copied per table, equal on both sides
     * @throws IllegalStateException when the target already has content or a count differs (nothing is kept)
     */
    public static Map<String, Long> copy(Path dataFolder, String targetUrl, String user, String password)
            throws SQLException {
        Path file = dataFolder.resolve("news.mv.db");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No H2 database in " + dataFolder + " (news.mv.db)");
        }
        String sourceUrl = "jdbc:h2:file:" + dataFolder.toAbsolutePath().resolve("news") + ";IFEXISTS=TRUE";
        migrate(sourceUrl, "sa", "", "h2");
        migrate(targetUrl, user, password, "postgresql");
        try (Connection source = DriverManager.getConnection(sourceUrl, "sa", "");
                Connection target = DriverManager.getConnection(targetUrl, user, password)) {
            checkTablesAreKnown(target);
            target.setAutoCommit(false);
            try {
                Map<String, Long> counts = new LinkedHashMap<>();
                for (String table : TABLES) {
                    if (REPLACED.contains(table)) {
                        try (Statement statement = target.createStatement()) {
                            statement.execute("delete from " + table);
                        }
                    } else if (count(target, table) > 0) {
                        throw new IllegalStateException("The PostgreSQL database is not empty: " + table + " has rows");
                    }
                    long copied = copyTable(source, target, table);
                    long there = count(target, table);
                    long here = count(source, table);
                    if (copied != here || there != here) {
                        throw new IllegalStateException(
                                "%s: %d rows in H2, %d copied, %d in PostgreSQL".formatted(table, here, copied, there));
                    }
                    counts.put(table, there);
                }
                moveCountersOn(source, target);
                target.commit();
                return counts;
            } catch (SQLException | RuntimeException e) {
                target.rollback();
                throw e;
            }
        }
    }

    static void migrate(String url, String user, String password, String vendor) {
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .javaMigrations(new JavaMigration[] {new MediaPublicNames()})
                .load()
                .migrate();
    }

    /**
     * A table added by a later migration must be added to {@link #TABLES} (or, for a queue, {@link #NOT_COPIED}) too,
     * or it would be left behind.
     */
    private static void checkTablesAreKnown(Connection target) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (ResultSet found = target.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME").toLowerCase());
            }
        }
        tables.removeAll(NOT_CONTENT);
        tables.removeAll(NOT_COPIED);
        tables.removeAll(TABLES);
        if (!tables.isEmpty()) {
            throw new IllegalStateException("Tables this copy does not know: " + tables);
        }
    }

    private static long copyTable(Connection source, Connection target, String table) throws SQLException {
        long copied = 0;
        try (Statement read = source.createStatement();
                ResultSet rows = read.executeQuery("select * from " + table)) {
            ResultSetMetaData columns = rows.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                names.add(columns.getColumnName(i).toLowerCase());
            }
            String insert = "insert into " + table + " (" + String.join(", ", names) + ") values ("
                    + String.join(", ", names.stream().map(name -> "?").toList()) + ")";
            try (PreparedStatement write = target.prepareStatement(insert)) {
                while (rows.next()) {
                    for (int i = 1; i <= names.size(); i++) {
                        write.setObject(i, rows.getObject(i));
                    }
                    write.addBatch();
                    if (++copied % 500 == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
            }
        }
        return copied;
    }

    /** New rows get ids after the copied ones, and new questions references after the copied ones. */
    private static void moveCountersOn(Connection source, Connection target) throws SQLException {
        try (Statement statement = target.createStatement()) {
            for (String table : TABLES) {
                if (hasIdentity(target, table)) {
                    statement.execute(
                            "select setval(pg_get_serial_sequence('%s', 'id'), coalesce(max(id), 0) + 1, false) from %s"
                                    .formatted(table, table));
                }
            }
        }
        long next;
        try (Statement statement = source.createStatement();
                ResultSet value = statement.executeQuery("select base_value from information_schema.sequences"
                        + " where lower(sequence_name) = '" + REFERENCE_SEQUENCE + "'")) {
            value.next();
            next = value.getLong(1);
        }
        try (Statement statement = target.createStatement()) {
            statement.execute("select setval('%s', %d, false)".formatted(REFERENCE_SEQUENCE, next));
        }
    }

    private static boolean hasIdentity(Connection target, String table) throws SQLException {
        try (PreparedStatement query = target.prepareStatement("select count(*) from information_schema.columns"
                + " where table_schema = 'public' and table_name = ? and column_name = 'id' and is_identity = 'YES'")) {
            query.setString(1, table);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getLong(1) > 0;
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        }
    }
}
