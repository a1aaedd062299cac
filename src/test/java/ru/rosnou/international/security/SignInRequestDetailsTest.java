package ru.rosnou.international.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SignInRequestDetailsTest {

    @Test
    void aLoginFormPostedFromAnotherSiteIsRecognised() {
        assertThat(SignInRequestDetails.isCrossSite(post("Sec-Fetch-Site", "same-origin")))
                .isFalse();
        assertThat(SignInRequestDetails.isCrossSite(post("Sec-Fetch-Site", "cross-site")))
                .isTrue();
        assertThat(SignInRequestDetails.isCrossSite(post("Sec-Fetch-Site", "same-site")))
                .as("a sibling subdomain")
                .isTrue();
        assertThat(SignInRequestDetails.isCrossSite(post("Origin", "https://international.example.edu")))
                .isFalse();
        assertThat(SignInRequestDetails.isCrossSite(post("Origin", "https://international.example.edu:8443")))
                .as("another port")
                .isTrue();
        assertThat(SignInRequestDetails.isCrossSite(post("Origin", "https://evil.example.com")))
                .isTrue();
        assertThat(SignInRequestDetails.isCrossSite(post("Origin", "null")))
                .as("an opaque origin")
                .isTrue();
        assertThat(SignInRequestDetails.isCrossSite(post()))
                .as("no browser headers: not a browser")
                .isFalse();
    }

    /** As Tomcat sees a request that came through the site's https proxy. */
    static MockHttpServletRequest post(String... header) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/editor/login");
        request.setScheme("https");
        request.setServerName("international.example.edu");
        request.setServerPort(443);
        request.setRemoteAddr("203.0.113.20");
        if (header.length == 2) {
            request.addHeader(header[0], header[1]);
        }
        return request;
    }
}
