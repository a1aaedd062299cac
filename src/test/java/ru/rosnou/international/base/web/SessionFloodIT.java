package ru.rosnou.international.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * One client flooding a live workspace page (where signed-out visitors get a session) gets its own share of sessions and no more; everything that needs no session
 * answers all the while; and forms refused for their missing CSRF token leave no session behind. (The addresses are
 * the proxy's word, X-Forwarded-For from this machine, so that no other test's address is touched.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionFloodIT {

    private static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    SessionLimit sessions;

    @Autowired
    SessionSettings settings;

    /** The suite's other tests visit from this machine's address, so its share is large; here, as in production. */
    private static final int SHARE = 5;

    private HttpResponse<String> send(String method, String path, String address, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", address)
                .method(
                        method,
                        method.equals("POST")
                                ? HttpRequest.BodyPublishers.ofString("action=open&back=/en")
                                : HttpRequest.BodyPublishers.noBody());
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int status(String method, String path, String address) throws Exception {
        return send(method, path, address, Map.of("Sec-Fetch-Site", "same-origin"))
                .statusCode();
    }

    @Test
    void aFloodOfLoginPagesFromOneAddressTakesItsShareOnlyAndEverythingElseStillAnswers() throws Exception {
        sessions.setMaxPerAddress(SHARE);
        try {
            flood();
        } finally {
            sessions.setMaxPerAddress(settings.maxPerAddress());
        }
    }

    private void flood() throws Exception {
        String flooder = "203.0.113.77";
        for (int i = 0; i < SHARE; i++) {
            assertThat(status("GET", "/en/editor", flooder)).isEqualTo(200);
        }
        int open = sessions.openSessions();
        for (int i = 0; i < 20; i++) {
            assertThat(status("GET", "/en/editor", flooder))
                    .as("the address's share is taken")
                    .isEqualTo(503);
        }
        assertThat(sessions.openSessions()).isEqualTo(open);
        assertThat(status("GET", "/en/editor", "203.0.113.78"))
                .as("an editor elsewhere still gets the login page")
                .isEqualTo(200);
        for (String path : new String[] {"/robots.txt", "/sitemap.xml", "/en/feed.atom", "/en/ask", "/en"}) {
            assertThat(status("GET", path, flooder)).as(path).isEqualTo(200);
        }
        assertThat(status("POST", "/a11y", flooder)).as("the toolbar's form").isEqualTo(303);
    }

    @Test
    void formsRefusedForTheirMissingTokenLeaveNoSessionBehind() throws Exception {
        int open = sessions.openSessions();
        for (int i = 0; i < 50; i++) {
            assertThat(status("POST", "/en/editor/articles", "198.51.100.99"))
                    .as("no CSRF token")
                    .isEqualTo(403);
            assertThat(status("POST", "/en", "198.51.100.99")).isEqualTo(403);
        }
        assertThat(sessions.openSessions()).isLessThanOrEqualTo(open);
        assertThat(status("GET", "/en/editor", "198.51.100.99"))
                .as("and they took nothing from the address's share")
                .isEqualTo(200);
    }
}
