package ru.rosnou.international.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * Anonymous visitors cannot open sessions without bound, one address cannot take them all, editors keep a reserve
 * of their own, and nothing that needs no session, or is refused, is ever refused for lack of one or leaves one.
 */
class SessionLimitTest {

    private final SessionLimit limit =
            new SessionLimit(new SessionSettings(3, 1, Duration.ofMinutes(10), 2), Duration.ofMinutes(30));
    private final List<HttpSession> sessions = new ArrayList<>();

    /** A live page: asks for a session, as Vaadin does. */
    private final FilterChain livePage = (request, response) -> {
        HttpSession session = ((HttpServletRequest) request).getSession();
        if (!sessions.contains(session)) {
            sessions.add(session);
            limit.sessionCreated(new HttpSessionEvent(session));
        }
        ((HttpServletResponse) response).setStatus(200);
    };

    /** A page, feed or form that holds nothing. */
    private final FilterChain sessionless = (request, response) -> ((HttpServletResponse) response).setStatus(200);

    /** Spring Security's CSRF check: the token goes into a new session, then the form is refused. */
    private final FilterChain csrfRefusal = (request, response) -> {
        livePage.doFilter(request, response);
        ((HttpServletResponse) response).sendError(403);
    };

    private MockHttpServletResponse send(String method, String path, String address, FilterChain chain)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, chain);
        return response;
    }

    private void end(HttpSession session) {
        session.invalidate();
        limit.sessionDestroyed(new HttpSessionEvent(session));
    }

    @Test
    void newVisitorsToLivePagesAreAskedToComeBackWhenTheLimitIsReachedAndTheEditorsStillGetIn() throws Exception {
        assertThat(send("GET", "/en/editor/login", "192.0.2.1", livePage).getStatus())
                .isEqualTo(200);
        assertThat(send("GET", "/en/editor/login", "192.0.2.2", livePage).getStatus())
                .isEqualTo(200);
        assertThat(send("POST", "/en/ask", "192.0.2.3", livePage).getStatus()).isEqualTo(200);
        assertThat(sessions.get(0).getMaxInactiveInterval())
                .as("an anonymous session ends soon")
                .isEqualTo(600);

        MockHttpServletResponse busy = send("POST", "/en/somewhere", "192.0.2.4", livePage);
        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getHeader("Retry-After")).isEqualTo("60");
        assertThat(busy.getContentAsString())
                .contains("<html lang=\"en\"")
                .contains("The site is busy")
                .contains("href=\"/en\"")
                .doesNotContain("Exception");
        assertThat(send("POST", "/somewhere", "192.0.2.4", livePage).getContentAsString())
                .contains("Сайт перегружен");
        assertThat(send("GET", "/en/editor/login", "192.0.2.5", livePage).getStatus())
                .as("the editors' reserve")
                .isEqualTo(200);
        assertThat(send("GET", "/en/editor/login", "192.0.2.6", livePage).getStatus())
                .as("the reserve is bounded too")
                .isEqualTo(503);
        assertThat(limit.refusedSessions()).isEqualTo(3);

        end(sessions.get(0));
        end(sessions.get(1));
        assertThat(send("POST", "/en/somewhere", "192.0.2.4", livePage).getStatus())
                .as("room again once sessions end")
                .isEqualTo(200);
    }

    @Test
    void whatNeedsNoSessionIsNeverRefusedWhenTheLimitIsReached() throws Exception {
        for (String address : List.of("192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4")) {
            send("GET", "/en/editor/login", address, livePage);
        }
        assertThat(send("GET", "/en/editor/login", "192.0.2.5", livePage).getStatus())
                .isEqualTo(503);
        for (String path : List.of("/sitemap.xml", "/robots.txt", "/en/feed.xml", "/a11y", "/en/ask", "/en")) {
            assertThat(send(
                                    path.equals("/a11y") || path.equals("/en/ask") ? "POST" : "GET",
                                    path,
                                    "192.0.2.9",
                                    sessionless)
                            .getStatus())
                    .as(path)
                    .isEqualTo(200);
        }
    }

    @Test
    void oneAddressCannotTakeAllTheSessionsAndIPv6CountsBySlash64() throws Exception {
        assertThat(send("GET", "/en/editor/login", "198.51.100.7", livePage).getStatus())
                .isEqualTo(200);
        assertThat(send("GET", "/en/editor/login", "198.51.100.7", livePage).getStatus())
                .isEqualTo(200);
        assertThat(send("GET", "/en/editor/login", "198.51.100.7", livePage).getStatus())
                .as("a third session from one address")
                .isEqualTo(503);
        assertThat(send("GET", "/en/editor/login", "198.51.100.8", livePage).getStatus())
                .as("another address")
                .isEqualTo(200);

        assertThat(send("GET", "/en/editor/login", "2001:db8:1:2::1", livePage).getStatus())
                .isEqualTo(200);
        sessions.forEach(this::end);
        sessions.clear();
        assertThat(send("GET", "/en/editor/login", "2001:db8:1:2::a", livePage).getStatus())
                .isEqualTo(200);
        assertThat(send("GET", "/en/editor/login", "2001:db8:1:2:ffff::b", livePage)
                        .getStatus())
                .isEqualTo(200);
        assertThat(send("GET", "/en/editor/login", "2001:db8:1:2:0:1:2:3", livePage)
                        .getStatus())
                .as("a third from the same /64")
                .isEqualTo(503);

        sessions.forEach(this::end);
        assertThat(limit.heldBy("198.51.100.7"))
                .as("ended sessions give their share back")
                .isZero();
        assertThat(limit.heldBy("2001:db8:1:2::1")).isZero();
    }

    @Test
    void aRefusedRequestLeavesNoSessionBehind() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(send("POST", "/en/editor/anything", "203.0.113.5", csrfRefusal)
                            .getStatus())
                    .isEqualTo(403);
            // What the container tells the listener of an ended session.
            if (((MockHttpSession) sessions.get(i)).isInvalid()) {
                limit.sessionDestroyed(new HttpSessionEvent(sessions.get(i)));
            }
        }
        assertThat(sessions)
                .hasSize(10)
                .allSatisfy(session ->
                        assertThat(((MockHttpSession) session).isInvalid()).isTrue());
        assertThat(limit.discardedSessions()).isEqualTo(10);
        assertThat(limit.heldBy("203.0.113.5")).isZero();
        assertThat(send("GET", "/en/editor/login", "203.0.113.5", livePage).getStatus())
                .as("the address still has its share")
                .isEqualTo(200);
    }
}
