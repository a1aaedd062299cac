package ru.rosnou.international.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Addresses and form values that cannot be read get a small 400 page, not the live page or a stack trace; made-up
 * query parameters do not draw reading pages anew; the management port answers only its endpoints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class BadAddressesIT {

    private static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MeterRegistry metrics;

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postToolbar(String back) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/a11y"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Sec-Fetch-Site", "same-origin")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "action=open&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The whole answer to a GET sent as written (Java's URI refuses to carry a malformed escape). */
    private String rawGet(String path) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aReadingPageWithAMalformedQueryIsAPlain400NeverTheLivePage() throws Exception {
        for (String path : List.of("/en?x=%zz", "/?page=%E0%A4%A", "/en/faq?%")) {
            String response = rawGet(path);
            assertThat(response).as(path).startsWith("HTTP/1.1 400");
            assertThat(response)
                    .contains("<h1>")
                    .doesNotContain("Vaadin")
                    .doesNotContainIgnoringCase("Set-Cookie")
                    .contains("Content-Security-Policy: " + SecurityHeaders.READING_PAGE_POLICY)
                    .hasSizeLessThan(3000);
        }
    }

    @Test
    void anUnreadableBackOnTheToolbarFormIs400InOneLogLine(CapturedOutput output) throws Exception {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel("ru.rosnou.international.requests", LogLevel.INFO);
        try {
            for (String back : List.of("/en page", "/en?x=%zz", "/en#top")) {
                assertThat(postToolbar(back).statusCode()).as(back).isEqualTo(400);
            }
            assertThat(postToolbar("/en?page=2").statusCode()).isEqualTo(303);
        } finally {
            logging.setLogLevel("ru.rosnou.international.requests", LogLevel.WARN);
        }
        assertThat(output.getOut()).containsPattern("POST /a11y 400 \\d+ ms").doesNotContain("Exception");
    }

    @Test
    void madeUpQueryParametersAreServedFromTheKeptPage() throws Exception {
        get(port, "/en/faq?utm=first");
        long drawn = metrics.timer("rosnou.pages.drawn", "view", "FaqView").count();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> page = get(port, "/en/faq?utm=flood-" + i + "&x" + i + "=1");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).doesNotContain("flood-");
        }
        assertThat(metrics.timer("rosnou.pages.drawn", "view", "FaqView").count())
                .as("no page drawn anew")
                .isEqualTo(drawn);
    }

    @Test
    void theManagementPortAnswersUnknownPaths404InOneLine() throws Exception {
        for (String path : List.of("/actuator/nope", "/nope", "/en/editor/login")) {
            HttpResponse<String> response = get(managementPort, path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).hasSizeLessThan(100);
        }
        HttpResponse<String> backup = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/actuator/backup"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(backup.statusCode()).as("no backup token configured").isEqualTo(403);
    }
}
