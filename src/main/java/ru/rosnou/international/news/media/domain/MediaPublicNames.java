package ru.rosnou.international.news.media.domain;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 9: uploaded images get public names, random and unguessable, and the articles that show them are
 * pointed at the new addresses ({@code /media/12} becomes {@code /media/…}). In Java, because each database
 * makes random values its own way; the statements are the same on H2 and PostgreSQL.
 */
@Component
public class MediaPublicNames implements JavaMigration {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** 128 random bits, URL-safe: an address no one can guess or count up to. */
    public static String newName() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("9");
    }

    @Override
    public String getDescription() {
        return "media public names";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table media_file add column public_name varchar(64)");
        }
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id from media_file")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        try (PreparedStatement name =
                        connection.prepareStatement("update media_file set public_name = ? where id = ?");
                PreparedStatement images =
                        connection.prepareStatement("update article_image set src = ? where src = ?")) {
            for (long id : ids) {
                String publicName = newName();
                name.setString(1, publicName);
                name.setLong(2, id);
                name.executeUpdate();
                images.setString(1, "/media/" + publicName);
                images.setString(2, "/media/" + id);
                images.executeUpdate();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table media_file alter column public_name set not null");
            statement.execute("create unique index media_file_public_name on media_file (public_name)");
        }
    }
}
