package ru.rosnou.international.accessibility.domain;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the accessibility statement names ({@code app.accessibility.*}).
 *
 * @param contactEmail the address for reporting a problem by e-mail, for readers who cannot use the form; required
 */
@ConfigurationProperties("app.accessibility")
public record AccessibilitySettings(String contactEmail) {

    public AccessibilitySettings {
        Objects.requireNonNull(contactEmail, "app.accessibility.contact-email is not set");
    }
}
