package ru.rosnou.international.site;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a drawn reading page is served again ({@code app.pages.*}).
 *
 * @param cacheLifetime how long a kept page lives; zero draws every page anew, as the scale benchmark does to
 *                      measure the drawing itself
 */
@ConfigurationProperties("app.pages")
public record KeptPageSettings(@DefaultValue("30s") Duration cacheLifetime) {}
