package ru.rosnou.international.base.data;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the site waits for its database ({@code app.database.*}) before it says the database is not there.
 *
 * @param readinessTimeout the readiness check's own limit: past it the check says DOWN, whatever the pool waits
 * @param connectTimeout   PostgreSQL only: how long opening a connection may take
 * @param socketTimeout    PostgreSQL only: how long one answer of the server may take before the connection is
 *                         given up (a server behind a lost network answers nothing, and would hold the thread)
 */
@ConfigurationProperties("app.database")
public record DatabaseSettings(
        @DefaultValue("2s") Duration readinessTimeout,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("30s") Duration socketTimeout) {}
