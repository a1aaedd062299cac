package ru.rosnou.international.news.search.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

/** Which search backend each profile gives, as Spring Boot reads the application's properties at start-up. */
class SearchProfilesTest {

    private static final String PREFIX = "spring.jpa.properties.hibernate.search.backend.";

    @Test
    void withoutAProfileTheIndexIsEmbeddedLucene() {
        StandardEnvironment environment = environment();

        assertThat(environment.getProperty(PREFIX + "type")).isEqualTo("lucene");
        assertThat(environment.getProperty(PREFIX + "analysis.configurer")).endsWith(".SearchAnalysis");
    }

    @Test
    void theOpenSearchProfileAndItsOlderNameBothGiveTheSharedIndexWithItsOwnAnalysers() {
        for (String profile : List.of("opensearch", "elasticsearch")) {
            StandardEnvironment environment = environment(profile);

            assertThat(environment.getProperty(PREFIX + "type")).as(profile).isEqualTo("elasticsearch");
            assertThat(environment.getProperty(PREFIX + "analysis.configurer"))
                    .as("the Lucene analysis configurer stops an OpenSearch start (HSEARCH000542)")
                    .isEqualTo("class:" + OpenSearchAnalysis.class.getName());
            assertThat(environment.getActiveProfiles()).as(profile).contains("opensearch");
        }
    }

    private static StandardEnvironment environment(String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles(profiles);
        ConfigDataEnvironmentPostProcessor.applyTo(
                environment, new DefaultResourceLoader(), new DefaultBootstrapContext(), List.of());
        return environment;
    }
}
