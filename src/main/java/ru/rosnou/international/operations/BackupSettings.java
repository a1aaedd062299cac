package ru.rosnou.international.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The H2 database's backups ({@code app.backup.*}).
 *
 * @param minInterval the least time between two backups
 * @param keep        how many backups are kept (at least one)
 * @param token       the token the backup operation asks for on the management port; empty: the operation is off
 */
@ConfigurationProperties("app.backup")
public record BackupSettings(
        @DefaultValue("10m") Duration minInterval,
        @DefaultValue("7") int keep,
        @DefaultValue("") String token) {

    public BackupSettings {
        token = token == null ? "" : token;
    }
}
