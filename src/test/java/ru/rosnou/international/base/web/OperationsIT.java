package ru.rosnou.international.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import ru.rosnou.international.SampleArticles;

/** Health and metrics are on the management port, never on the public one, and count what the site does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Spring Boot's tests leave metrics export off unless asked: this test is about it.
@AutoConfigureObservability
class OperationsIT {

    private static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(OutputCaptureExtension.class)
    void eachRequestIsLoggedInOneLineWithoutWhatTheReaderTyped(CapturedOutput output) throws Exception {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel("ru.rosnou.international.requests", LogLevel.INFO);
        try {
            get(port, "/en/search?q=anna.ivanova%40example.org");
            get(port, "/en/no-such-page?reference=Q-2026-00042");
        } finally {
            logging.setLogLevel("ru.rosnou.international.requests", LogLevel.WARN);
        }
        assertThat(output.getOut())
                .containsPattern("GET /en/search 200 \\d+ ms")
                .containsPattern("GET /en/no-such-page 404 \\d+ ms")
                .doesNotContain("anna.ivanova")
                .doesNotContain("example.org")
                .doesNotContain("Q-2026-00042");
    }

    @org.springframework.beans.factory.annotation.Autowired
    ApplicationContext context;

    @Test
    void noElasticsearchClientLooksForAClusterWhileTheIndexIsEmbedded() {
        // Spring Boot would make one (the backend's library is on the class path) and it would log errors.
        assertThat(context.getBeanNamesForType(RestClient.class)).isEmpty();
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementPortOnly() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode())
                .isEqualTo(200);
        assertThat(get(managementPort, "/actuator/health/liveness").statusCode())
                .isEqualTo(200);
        for (String path : new String[] {"/actuator/health", "/actuator/prometheus", "/actuator/env"}) {
            assertThat(get(port, path).statusCode())
                    .as("%s on the public port", path)
                    .isEqualTo(404);
        }
        assertThat(get(managementPort, "/actuator/env").statusCode())
                .as("nothing else exposed")
                .isEqualTo(404);
    }

    @Test
    void theMetricsCountPagesSessionsAndSignInsInPrometheusFormat() throws Exception {
        get(port, "/" + SampleArticles.SEED_EN_PATH + "?metrics=1");
        get(port, "/" + SampleArticles.SEED_EN_PATH + "?metrics=1");
        http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/editor/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=metrics-nobody&password=wrong"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern("rosnou_pages_drawn_seconds_count\\{view=\"ArticleView\"\\} [1-9]")
                .containsPattern("rosnou_pages_kept_total\\{view=\"ArticleView\"\\} [1-9]")
                .contains("rosnou_sessions_open ")
                .contains("rosnou_uis_open ")
                .containsPattern("rosnou_sign_in_failures_total\\{reason=\"BadCredentialsException\"\\} [1-9]")
                .contains("jvm_memory_used_bytes")
                .doesNotContain("metrics-nobody");
    }
}
