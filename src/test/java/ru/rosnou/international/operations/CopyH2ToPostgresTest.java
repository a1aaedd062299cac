package ru.rosnou.international.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 → PostgreSQL copy on a real PostgreSQL (the tests' throw-away cluster, see bin/test), into a database
 * of its own: content, a question, an account and an image's bytes arrive, counts match, and new rows continue
 * after the copied ones. Runs in the PostgreSQL pass of {@code mvn verify} only.
 */
@EnabledIfSystemProperty(named = "spring.datasource.url", matches = "jdbc:postgresql:.*")
class CopyH2ToPostgresTest {

    private static final String DATABASE = "rosnou_copy_test";

    @TempDir
    Path data;

    private final String server = System.getProperty("spring.datasource.url").replaceFirst("/[^/]*$", "/");
    private final String user = System.getProperty("spring.datasource.username", "rosnou");
    private final byte[] image = SampleDataFolder.image();

    @BeforeEach
    void emptyDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
            statement.execute("create database " + DATABASE);
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
        }
    }

    @Test
    void everyTableArrivesWithItsCountAndNewRowsFollowTheCopiedOnes() throws SQLException {
        SampleDataFolder.fill(data, image);

        Map<String, Long> counts = CopyH2ToPostgres.copy(data, server + DATABASE, user, "");

        assertThat(counts)
                .containsEntry("topic", 1L)
                .containsEntry("article", 2L)
                .containsEntry("article_topic", 1L)
                .containsEntry("media_file", 1L)
                .containsEntry("question", 1L)
                .containsEntry("editor_account", 1L)
                .containsKeys(CopyH2ToPostgres.TABLES.toArray(String[]::new));
        try (Connection copy = DriverManager.getConnection(server + DATABASE, user, "");
                Statement statement = copy.createStatement()) {
            try (ResultSet body = statement.executeQuery("select body from article where slug = 'long'")) {
                body.next();
                assertThat(body.getString(1)).hasSize(200_007).startsWith("<p>").endsWith("</p>");
            }
            try (ResultSet bytes = statement.executeQuery("select data, public_name from media_file")) {
                bytes.next();
                assertThat(bytes.getBytes(1)).isEqualTo(image);
                assertThat(bytes.getString(2)).isEqualTo("kept-public-name");
            }
            try (ResultSet question = statement.executeQuery("select reference, full_name from question")) {
                question.next();
                assertThat(question.getString(1)).isEqualTo("Q-2026-00004");
                assertThat(question.getString(2)).isEqualTo("Анна Иванова");
            }
            try (ResultSet next = statement.executeQuery("select nextval('question_reference_seq')")) {
                next.next();
                assertThat(next.getLong(1))
                        .as("references go on after the copied ones")
                        .isEqualTo(5);
            }
            statement.execute("insert into topic (slug, name_en, name_ru) values ('new', 'New', 'Новая')");
            try (ResultSet id = statement.executeQuery("select id from topic where slug = 'new'")) {
                id.next();
                assertThat(id.getLong(1)).as("ids go on after the copied ones").isGreaterThan(41);
            }
        }
    }

    @Test
    void aDatabaseThatAlreadyHasContentIsLeftAsItWas() throws SQLException {
        SampleDataFolder.fill(data, image);
        CopyH2ToPostgres.copy(data, server + DATABASE, user, "");

        assertThatThrownBy(() -> CopyH2ToPostgres.copy(data, server + DATABASE, user, ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not empty");
        try (Connection copy = DriverManager.getConnection(server + DATABASE, user, "");
                Statement statement = copy.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from article")) {
            count.next();
            assertThat(count.getLong(1)).isEqualTo(2);
        }
    }
}
