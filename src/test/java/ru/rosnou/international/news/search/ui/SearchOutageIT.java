package ru.rosnou.international.news.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
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
 * site reaches the node through a relay that the test cuts, as a lost network would.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.pages.cache-lifetime=0s", "management.endpoint.health.show-components=always"})
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "spring.profiles.include", matches = ".*opensearch.*")
@DirtiesContext
class SearchOutageIT {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final Relay relay = new Relay(System.getProperty("SEARCH_HOSTS", "127.0.0.1:9200"));

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void searchThroughTheRelay(DynamicPropertyRegistry properties) {
        properties.add("SEARCH_HOSTS", () -> "127.0.0.1:" + relay.port);
    }

    @AfterAll
    static void stopRelay() {
        relay.cut();
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

    /** Forwards a local port to the OpenSearch node, byte for byte, until cut (every connection closed). */
    static final class Relay {

        private final String targetHost;
        private final int targetPort;
        final int port;
        private volatile ServerSocket server;
        private final List<Socket> open = new CopyOnWriteArrayList<>();

        Relay(String hostAndPort) {
            targetHost = hostAndPort.substring(0, hostAndPort.lastIndexOf(':'));
            targetPort = Integer.parseInt(hostAndPort.substring(hostAndPort.lastIndexOf(':') + 1));
            try (ServerSocket free = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                port = free.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            open();
        }

        synchronized void open() {
            try {
                ServerSocket socket = new ServerSocket();
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                server = socket;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            ServerSocket listening = server;
            Thread acceptor = new Thread(
                    () -> {
                        while (!listening.isClosed()) {
                            try {
                                Socket client = listening.accept();
                                Socket target = new Socket(targetHost, targetPort);
                                open.add(client);
                                open.add(target);
                                pump(client, target);
                                pump(target, client);
                            } catch (IOException closed) {
                                return;
                            }
                        }
                    },
                    "search-relay");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        synchronized void cut() {
            try {
                server.close();
            } catch (IOException ignored) {
                // Closed already.
            }
            for (Socket socket : open) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Closed already.
                }
            }
            open.clear();
        }

        private static void pump(Socket from, Socket to) {
            Thread thread = new Thread(
                    () -> {
                        try (InputStream in = from.getInputStream();
                                OutputStream out = to.getOutputStream()) {
                            in.transferTo(out);
                        } catch (IOException closed) {
                            // The relay was cut, or either side closed.
                        } finally {
                            try {
                                from.close();
                                to.close();
                            } catch (IOException ignored) {
                                // Closed already.
                            }
                        }
                    },
                    "search-relay-pump");
            thread.setDaemon(true);
            thread.start();
        }
    }
}
