package ru.rosnou.international.editorial.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SignInGuardTest {

    @Test
    void aLoginFormPostedFromAnotherSiteIsRecognised() {
        assertThat(SignInGuard.isCrossSite(post("Sec-Fetch-Site", "same-origin"))).isFalse();
        assertThat(SignInGuard.isCrossSite(post("Sec-Fetch-Site", "cross-site"))).isTrue();
        assertThat(SignInGuard.isCrossSite(post("Sec-Fetch-Site", "same-site"))).as("a sibling subdomain").isTrue();
        assertThat(SignInGuard.isCrossSite(post("Origin", "https://international.example.edu"))).isFalse();
        assertThat(SignInGuard.isCrossSite(post("Origin", "https://evil.example.com"))).isTrue();
        assertThat(SignInGuard.isCrossSite(post("Origin", "null"))).as("an opaque origin").isTrue();
        assertThat(SignInGuard.isCrossSite(post())).as("no browser headers: not a browser").isFalse();
    }

    private static MockHttpServletRequest post(String... header) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/editor/login");
        request.addHeader("Host", "international.example.edu");
        if (header.length == 2) {
            request.addHeader(header[0], header[1]);
        }
        return request;
    }
}
