package ru.rosnou.international.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What an outsider can send the running site: bodies of any size, absurd addresses, forged headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class HardeningIT {

    private static final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @LocalServerPort
    int port;

    /** Announces a body of the given size and sends none of it: the answer must come without it. */
    private String statusLineForAnnounced(String path, long bytes, String contentType) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                            + "\r\nContent-Length: " + bytes + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    @Test
    void bodiesAnnouncedAsHugeAreRefusedAtOnceUnread() throws Exception {
        for (String path : List.of(
                "/?v-r=uidl&v-uiId=0", "/en/ask", "/editor/login", "/VAADIN/dynamic/resource/0/0/upload", "/a11y")) {
            assertThat(statusLineForAnnounced(path, 100L * 1024 * 1024, "application/json"))
                    .as("a 100 MB body announced to %s", path)
                    .startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void aHugeBodyWithoutALengthIsRefusedAtTheCap() throws Exception {
        // With a session and its UI, as anyone gets one from a workspace page, Vaadin reads what it is sent.
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/en/editor"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String session = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        byte[] body = new byte[5 * 1024 * 1024];
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=0"))
                        .header("Content-Type", "application/json")
                        .header("Cookie", session)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void absurdPageNumbersYearsAndTopicsAnswerCalmlyWithoutStackTraces(CapturedOutput output) throws Exception {
        for (String address : List.of(
                "en?page=2147483647",
                "en?page=99999999999999999999",
                "en?page=-5",
                "en?year=2147483647",
                "?year=-1",
                "en?topic=%00",
                "en?topic=" + "x".repeat(5000),
                "en?topic=%3Cscript%3E",
                "en?page=1&page=2",
                "en?a11y=%00",
                "en/ask?topic=%00",
                "en/info-center/inform/" + "a".repeat(3000))) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + address))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode())
                    .as("/%s", address.substring(0, Math.min(60, address.length())))
                    .isIn(200, 404);
            assertThat(response.body()).doesNotContain("Exception", "<script>");
        }
        assertThat(output.getAll()).as("nothing worth a stack trace happened").doesNotContain("\tat ");
    }

    @Test
    void signingInNeverLeadsToTheHostAForwardedHeaderNames() throws Exception {
        // From this machine, as a trusted proxy would send it.
        HttpResponse<String> asked = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/en/editor/social"))
                        .header("X-Forwarded-Host", "evil.example")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String session = asked.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow()
                .split(";")[0];
        assertThat(asked.headers().firstValue("Location").orElse("")).doesNotContain("evil.example");

        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/editor/login?lang=en"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", session)
                        .header("X-Forwarded-Host", "evil.example")
                        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=test-admin-password-1"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow())
                .as("the workspace, on this site")
                .doesNotContain("evil.example")
                .isIn("/en/editor", "http://localhost:" + port + "/en/editor");
    }

    @Test
    void theSessionCookieIsNotSentWithOtherSitesRequests() throws Exception {
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/en/editor"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("SameSite=Lax").contains("HttpOnly"));
    }
}
