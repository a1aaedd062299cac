package ru.rosnou.international.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** Anonymous visitors cannot open sessions without bound; editors keep a reserve of their own. */
class SessionLimitTest {

    private final SessionLimit limit =
            new SessionLimit(new SessionSettings(2, 1, Duration.ofMinutes(10)), Duration.ofMinutes(30));

    private MockHttpServletResponse get(String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        limit.doFilter(new MockHttpServletRequest("GET", path), response, chain);
        if (chain.getRequest() != null) {
            response.setStatus(200);
        }
        return response;
    }

    private void open() {
        MockHttpSession session = new MockHttpSession();
        limit.sessionCreated(new HttpSessionEvent(session));
        assertThat(session.getMaxInactiveInterval())
                .as("an anonymous session ends soon")
                .isEqualTo(600);
    }

    @Test
    void newVisitorsToLivePagesAreAskedToComeBackWhenTheLimitIsReachedAndTheEditorsStillGetIn() throws Exception {
        open();
        assertThat(get("/en/ask").getStatus()).isEqualTo(200);
        open();

        MockHttpServletResponse busy = get("/en/ask");
        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getHeader("Retry-After")).isEqualTo("60");
        assertThat(busy.getContentAsString())
                .contains("<html lang=\"en\"")
                .contains("The site is busy")
                .contains("href=\"/en\"")
                .doesNotContain("Exception");
        assertThat(get("/ask").getContentAsString()).contains("Сайт перегружен");
        assertThat(get("/en/editor/login").getStatus())
                .as("the editors' reserve")
                .isEqualTo(200);
        assertThat(get("/assets/site-0123.css").getStatus())
                .as("files need no session")
                .isEqualTo(200);

        open();
        assertThat(get("/en/editor/login").getStatus())
                .as("the reserve is bounded too")
                .isEqualTo(503);

        limit.sessionDestroyed(new HttpSessionEvent(new MockHttpSession()));
        limit.sessionDestroyed(new HttpSessionEvent(new MockHttpSession()));
        assertThat(get("/en/ask").getStatus())
                .as("room again once sessions end")
                .isEqualTo(200);
    }
}
