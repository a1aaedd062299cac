package ru.rosnou.international.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rebuilding the search index from the management port ({@code app.reindex.*}).
 *
 * @param token the token the operation asks for; empty: the operation is off
 */
@ConfigurationProperties("app.reindex")
public record ReindexSettings(@DefaultValue("") String token) {

    public ReindexSettings {
        token = token == null ? "" : token;
    }
}
