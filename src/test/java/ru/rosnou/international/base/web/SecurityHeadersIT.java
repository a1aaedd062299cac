package ru.rosnou.international.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import ru.rosnou.international.SampleArticles;

/**
 * Security headers on what the site sends: a reading page (the strict policy), a workspace page (Vaadin's live
 * policy), an uploaded image, and error pages. The browser tests run the whole site under these policies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersIT {

    private static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertCommonHeaders(String what, HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy"))
                .as("CSP of %s", what)
                .get()
                .asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).contains("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy"))
                .as(what)
                .get()
                .asString()
                .contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(what).contains("DENY");
        assertThat(headers.firstValue("Strict-Transport-Security"))
                .as("HSTS only over HTTPS; %s is HTTP", what)
                .isEmpty();
    }

    @Test
    void aReadingPageGetsTheStrictPolicyWithoutInlineScriptOrStyle() throws Exception {
        for (String page : List.of("/en", "/" + SampleArticles.SEED_RU_PATH, "/en/ask")) {
            HttpResponse<String> response = get(page);
            assertThat(response.statusCode()).isEqualTo(200);
            assertCommonHeaders(page, response.headers());
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("script-src 'self';", "style-src 'self';")
                    .doesNotContain("unsafe");
        }
    }

    @Test
    void theLivePagesGetWhatVaadinNeedsAndNoMore() throws Exception {
        // A workspace page, live even for a visitor who is not signed in (the sign-in page is a reading page).
        HttpResponse<String> login = get("/en/editor");
        assertThat(login.statusCode()).isEqualTo(200);
        assertCommonHeaders("the login page", login.headers());
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'");
    }

    @Test
    void imagesAndErrorPagesCarryThemToo() throws Exception {
        assertCommonHeaders(
                "an unknown image", get("/media/AAAAAAAAAAAAAAAAAAAAAA").headers());
        HttpResponse<String> notFound = get("/en/no-such-page");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertCommonHeaders("the not-found page", notFound.headers());
        HttpResponse<String> feed = get("/en/feed.atom");
        assertCommonHeaders("the feed", feed.headers());
    }
}
