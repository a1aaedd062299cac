package ru.rosnou.international.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.rosnou.international.CuttableConnection;

/**
 * When the database is lost, the site says so: pages answer 503 with a page that says to try again (not an
 * empty news list that looks like a site without news), and the readiness check fails, so that the load
 * balancer sends readers elsewhere; both within seconds, not after the pool's wait of 30 s. When the database is
 * back, so is everything else. The database sits behind a relay that the test cuts, as a stopped server would
 * be: an H2 server here, the PostgreSQL cluster when the suite runs on PostgreSQL ({@code -Dpostgresql.skip=false}).
 * Its own context, so that no other test sees the outage.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.pages.cache-lifetime=0s"})
@ActiveProfiles("test")
// Closed afterwards: its database is gone for good then, and its background work must not go on warning about it.
@org.springframework.test.annotation.DirtiesContext
class DatabaseOutageIT {

    /** A page or the readiness check must say "not now" within this, however long the pool would wait. */
    private static final Duration PROMPTLY = Duration.ofSeconds(6);

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final String POSTGRESQL = System.getProperty("spring.datasource.url", "");

    private static final Server h2 = POSTGRESQL.startsWith("jdbc:postgresql:") ? null : startH2();
    private static final CuttableConnection database = POSTGRESQL.startsWith("jdbc:postgresql:")
            ? new CuttableConnection(
                    URI.create(POSTGRESQL.substring(5)).getHost(),
                    URI.create(POSTGRESQL.substring(5)).getPort())
            : new CuttableConnection("127.0.0.1", h2.getPort());

    @LocalServerPort
    int port;

    @org.springframework.boot.test.web.server.LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void databaseOverTheRelay(DynamicPropertyRegistry properties) {
        properties.add(
                "spring.datasource.url",
                () -> h2 != null
                        ? "jdbc:h2:tcp://127.0.0.1:" + database.port() + "/mem:outage-test;DB_CLOSE_DELAY=-1"
                        : POSTGRESQL.replaceFirst("//[^/]+/", "//127.0.0.1:" + database.port() + "/"));
    }

    private static Server startH2() {
        try {
            return Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        int onPort = path.startsWith("actuator/") ? managementPort : port;
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + "/" + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The answer to a request that must come within {@link #PROMPTLY}. */
    private HttpResponse<String> promptly(String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = get(path);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("%s answered %d", path, response.statusCode())
                .isLessThan(PROMPTLY);
        return response;
    }

    @AfterEach
    void databaseBack() {
        database.restore();
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
        if (h2 != null) {
            h2.stop();
        }
    }

    @Test
    void aLostDatabaseIsReportedByThePagesAndTheReadinessCheckWithinSecondsAndTheSiteComesBackWithIt()
            throws Exception {
        assertThat(get("actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("en").body()).contains("News found: ");

        database.cut();

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> page = promptly("en?page=2");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
            assertThat(page.body())
                    .contains("<h1>The site is temporarily unavailable</h1>")
                    .doesNotContain("News found", "Exception");
        }
        assertThat(promptly("info-center/inform/anything").statusCode())
                .as("an article, in Russian")
                .isEqualTo(503);
        assertThat(promptly("actuator/health/readiness").statusCode())
                .as("the balancer sees it")
                .isEqualTo(503);
        assertThat(promptly("actuator/health/liveness").statusCode())
                .as("the process itself is alive")
                .isEqualTo(200);

        // Many readers at once: each gets its answer within seconds, none waits for the others.
        ExecutorService readers = Executors.newFixedThreadPool(16);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                answers.add(readers.submit(() -> promptly("en?page=3")));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(503);
            }
        } finally {
            readers.shutdownNow();
        }

        database.restore();
        // The pool replaces the connections the outage broke as they are lent: on PostgreSQL the first request after
        // the return may still meet one. The site must be back within seconds without a restart.
        assertThat(answersWithin("en?page=2", Duration.ofSeconds(10))).isEqualTo(200);
        assertThat(answersWithin("actuator/health/readiness", Duration.ofSeconds(10)))
                .isEqualTo(200);
    }

    /** The status of the page once it answers 200, or its last status when the time has run out. */
    private int answersWithin(String path, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        int status = get(path).statusCode();
        while (status != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = get(path).statusCode();
        }
        return status;
    }
}
