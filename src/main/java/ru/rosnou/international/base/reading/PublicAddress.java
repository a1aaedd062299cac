package ru.rosnou.international.base.reading;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The address readers reach the site at ({@code app.public-base-url}), for absolute links: canonical addresses,
 * feeds, the sitemap. Never taken from a request's headers.
 *
 * @param publicBaseUrl scheme and host, with a path if the site lives under one; required
 */
@ConfigurationProperties("app")
public record PublicAddress(String publicBaseUrl) {

    public PublicAddress {
        Objects.requireNonNull(publicBaseUrl, "app.public-base-url is not set");
    }
}
