package ru.rosnou.international.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A reader who arrives while the site is still starting is asked to come back in a second, never told "not found". */
class StartingUpTest {

    private final StartingUp startingUp = new StartingUp();

    @Test
    void beforeTheSiteIsReadyEveryAddressAnswersStartingInItsLanguageAndNothingElseRuns() throws Exception {
        for (String path : new String[] {"/en/info-center/inform/some-article", "/", "/editor/login"}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            startingUp.doFilter(new MockHttpServletRequest("GET", path), response, chain);

            assertThat(response.getStatus()).as(path).isEqualTo(503);
            assertThat(response.getHeader("Retry-After")).as(path).isEqualTo("1");
            assertThat(response.getHeader("Cache-Control")).as(path).isEqualTo("no-store");
            assertThat(chain.getRequest())
                    .as("%s: no page is drawn from a half-loaded site", path)
                    .isNull();
            assertThat(response.getContentAsString())
                    .as(path)
                    .contains(path.startsWith("/en/") ? "<h1>The site is starting</h1>" : "<h1>Сайт запускается</h1>");
        }
    }

    @Test
    void onceReadyRequestsGoOnUntouched() throws Exception {
        startingUp.ready();
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        startingUp.doFilter(new MockHttpServletRequest("GET", "/en"), response, chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Retry-After")).isNull();
    }
}
