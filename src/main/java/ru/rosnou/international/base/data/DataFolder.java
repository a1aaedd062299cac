package ru.rosnou.international.base.data;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the site keeps its files ({@code app.data-dir}): the H2 database, the search index, the backups.
 *
 * @param dataDir the folder; required
 */
@ConfigurationProperties("app")
public record DataFolder(String dataDir) {

    public DataFolder {
        Objects.requireNonNull(dataDir, "app.data-dir is not set");
    }
}
