package ru.rosnou.international.security.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins one address may make ({@code app.sign-in.*}) before it waits for the window to pass.
 */
@ConfigurationProperties("app.sign-in")
public record SignInSettings(
        @DefaultValue("20") int failuresPerAddress,
        @DefaultValue("15m") Duration addressWindow) {}
