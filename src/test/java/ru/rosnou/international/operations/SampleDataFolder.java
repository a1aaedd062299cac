package ru.rosnou.international.operations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Random;

/** An H2 data folder as the site leaves it: migrated, with a little of everything, for the copy and backup tests. */
final class SampleDataFolder {

    private SampleDataFolder() {}

    /** An image's bytes: 3 MB that no compression can shrink. */
    static byte[] image() {
        byte[] image = new byte[3_000_000];
        new Random(7).nextBytes(image);
        return image;
    }

    static String url(Path data) {
        return "jdbc:h2:file:" + data.resolve("news");
    }

    static void fill(Path data, byte[] image) throws SQLException {
        String url = url(data);
        try (Connection h2 = DriverManager.getConnection(url, "sa", "")) {
            h2.close();
        }
        CopyH2ToPostgres.migrate(url, "sa", "", "h2");
        try (Connection h2 = DriverManager.getConnection(url, "sa", "");
                Statement statement = h2.createStatement()) {
            statement.execute("insert into topic (id, slug, name_en, name_ru) values (41, 'japan', 'Japan', 'Япония')");
            statement.execute("""
                    insert into article (id, story_key, language, slug, title, published_on, lead, body, published)
                    values (7, 's1', 'en', 'long', 'Long', date '2020-01-02', 'Lead', '<p>' || repeat('x', 200000) || '</p>', true),
                           (8, 's1', 'ru', 'long', 'Длинная', date '2020-01-02', 'Лид', '<p>Текст</p>', false)""");
            statement.execute("insert into article_topic (article_id, topic_id) values (7, 41)");
            statement.execute("""
                    insert into question (reference, language, full_name, email, topic, text, submitted_at)
                    values ('Q-2026-00004', 'ru', 'Анна Иванова', 'anna@example.org', 'EXCHANGE', 'Вопрос?',
                            timestamp with time zone '2026-11-30 10:00:00+03')""");
            statement.execute(
                    "insert into editor_account (username, password_hash, role) values ('ed', '{bcrypt}x', 'EDITOR')");
            for (int i = 0; i < 4; i++) {
                statement.execute("select next value for question_reference_seq");
            }
            try (PreparedStatement media = h2.prepareStatement("insert into media_file (public_name, content_type,"
                    + " data, size_bytes, uploaded_at) values ('kept-public-name', 'image/png', ?, ?, ?)")) {
                media.setBytes(1, image);
                media.setInt(2, image.length);
                media.setObject(3, OffsetDateTime.parse("2026-11-30T10:00:00+03:00"));
                media.execute();
            }
        }
    }
}
