package ru.rosnou.international.security.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, created when there are no accounts ({@code app.admin.*}).
 *
 * @param username the account's name
 * @param password its password; empty: one is generated and written to the log once
 */
@ConfigurationProperties("app.admin")
public record AdminSettings(
        @DefaultValue("admin") String username,
        @DefaultValue("") String password) {

    public AdminSettings {
        password = password == null ? "" : password;
    }
}
