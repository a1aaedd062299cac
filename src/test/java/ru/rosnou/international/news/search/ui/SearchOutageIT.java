package ru.rosnou.international.news.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Search down, site up: when the OpenSearch cluster cannot be reached, the search page answers 503 with a page
 * that says so in the reader's language, the reading pages and readiness are unaffected, the health says which
 * part is down, and search comes back by itself with the cluster. Runs in bin/test's OpenSearch run only: the
 * site reaches the node through a {@link SearchRelay} that the test cuts, as a lost network would.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.pages.cache-lifetime=0s", "management.endpoint.health.show-components=always"})
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "spring.profiles.include", matches = ".*opensearch.*")
@DirtiesContext
class SearchOutageIT {

    private static final HttpClient http = HttpClient.newHttpClient();

    @RegisterExtension
    static final SearchRelay relay = new SearchRelay();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void searchThroughTheRelay(DynamicPropertyRegistry properties) {
        relay.routeSearch(properties);
    }

    @Test
    void withTheClusterAwayOnlySearchSaysSoAndItComesBackByItself() throws Exception {
        assertThat(get("en/search?q=universities").statusCode()).isEqualTo(200);
        assertThat(get("actuator/health").body()).contains("\"search\":{\"status\":\"UP\"");

        relay.cut();
        try {
            HttpResponse<String> english = get("en/search?q=universities");
            assertThat(english.statusCode()).isEqualTo(503);
            assertThat(english.headers().firstValue("Retry-After")).isPresent();
            assertThat(english.body())
                    .contains("<html lang=\"en\"")
                    .contains("Search is temporarily unavailable")
                    .contains("can be read as usual");
            HttpResponse<String> russian = get("search?q=университетов");
            assertThat(russian.statusCode()).isEqualTo(503);
            assertThat(russian.body()).contains("<html lang=\"ru\"").contains("Поиск временно недоступен");

            assertThat(get("en").statusCode()).as("reading pages go on").isEqualTo(200);
            assertThat(get("en/association").statusCode()).isEqualTo(200);
            assertThat(get("actuator/health/readiness").statusCode())
                    .as("readiness: the balancer keeps sending readers")
                    .isEqualTo(200);
            HttpResponse<String> health = get("actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"search\":{\"status\":\"DOWN\"");
        } finally {
            relay.open();
        }

        Instant until = Instant.now().plusSeconds(30);
        while (get("en/search?q=universities").statusCode() != 200
                && Instant.now().isBefore(until)) {
            Thread.onSpinWait();
        }
        assertThat(get("en/search?q=universities").statusCode())
                .as("search back by itself")
                .isEqualTo(200);
        assertThat(get("actuator/health").body()).contains("\"search\":{\"status\":\"UP\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        int onPort = path.startsWith("actuator/") ? managementPort : port;
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + "/" + path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
