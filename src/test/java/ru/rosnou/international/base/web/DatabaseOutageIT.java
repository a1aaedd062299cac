package ru.rosnou.international.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * When the database is lost, the site says so: pages answer 503 with a page that says to try again (not an
 * empty news list that looks like a site without news), and the readiness check fails, so that the load
 * balancer sends readers elsewhere. When the database is back, so is everything else. Its own database and
 * context, so that no other test sees the outage.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.connection-timeout=1000", "app.pages.cache-lifetime=0s"})
@ActiveProfiles("test")
// Closed afterwards: its database is gone for good then, and its background work must not go on warning about it.
@org.springframework.test.annotation.DirtiesContext
class DatabaseOutageIT {

    private static final HttpClient http = HttpClient.newHttpClient();
    /** The database behind a network connection that the test can cut, as a lost database server would. */
    private static final int DATABASE_PORT = freePort();

    private static Server database = startDatabase();

    @LocalServerPort
    int port;

    @org.springframework.boot.test.web.server.LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void databaseOverTheNetwork(DynamicPropertyRegistry properties) {
        properties.add(
                "spring.datasource.url",
                () -> "jdbc:h2:tcp://localhost:" + DATABASE_PORT + "/mem:outage-test;DB_CLOSE_DELAY=-1");
    }

    private static Server startDatabase() {
        try {
            return Server.createTcpServer("-tcpPort", Integer.toString(DATABASE_PORT), "-ifNotExists")
                    .start();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
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

    @AfterEach
    void databaseBack() {
        if (!database.isRunning(false)) {
            database = startDatabase();
        }
    }

    @AfterAll
    static void stopDatabase() {
        database.stop();
    }

    @Test
    void aLostDatabaseIsReportedByThePagesAndTheReadinessCheckAndTheSiteComesBackWithIt() throws Exception {
        assertThat(get("actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("en").body()).contains("News found: ");

        database.stop();

        HttpResponse<String> page = get("en?page=2");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body())
                .contains("<h1>The site is temporarily unavailable</h1>")
                .doesNotContain("News found", "Exception");
        assertThat(get("info-center/inform/anything").statusCode())
                .as("an article, in Russian")
                .isEqualTo(503);
        assertThat(get("actuator/health/readiness").statusCode())
                .as("the balancer sees it")
                .isEqualTo(503);
        assertThat(get("actuator/health/liveness").statusCode())
                .as("the process itself is alive")
                .isEqualTo(200);

        database = startDatabase();
        assertThat(get("en?page=2").statusCode()).isEqualTo(200);
        assertThat(get("actuator/health/readiness").statusCode()).isEqualTo(200);
    }
}
