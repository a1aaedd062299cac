package ru.rosnou.international.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import ru.rosnou.international.KaribuTest;
import ru.rosnou.international.base.reading.DocumentHead;
import ru.rosnou.international.base.reading.DrawnPage;
import ru.rosnou.international.base.reading.ReadingPage;
import ru.rosnou.international.base.reading.RunningVaadin;
import ru.rosnou.international.base.web.StaticAssets;

/**
 * A reading page that fails to draw is answered by the first-response filter itself: a readable 500 page in the
 * address's language with the site's stylesheet, never a stack trace and never Vaadin's live page as a second way.
 */
class FirstResponsePagesTest extends KaribuTest {

    @Autowired
    private KeptPages kept;

    @Autowired
    private DocumentHead head;

    @Autowired
    private StaticAssets assets;

    @Test
    void aPageThatFailsToDrawIsAReadable500PageNotTheLivePage() throws Exception {
        VaadinService service = VaadinService.getCurrent();
        RunningVaadin running = new RunningVaadin() {
            @Override
            public Optional<VaadinService> service() {
                return Optional.of(service);
            }
        };
        PageDrawer failing = new PageDrawer(head, assets) {
            @Override
            DrawnPage draw(
                    VaadinService vaadin,
                    ReadingPage page,
                    String path,
                    QueryParameters query,
                    HttpServletRequest request) {
                throw new IllegalStateException("the drawing broke: secret detail");
            }
        };
        FirstResponsePages filter = new FirstResponsePages(running, kept, failing, assets);

        MockHttpServletResponse english = send(filter, "/en/privacy");
        assertThat(english.getStatus()).isEqualTo(500);
        assertThat(english.getContentType()).startsWith("text/html");
        assertThat(english.getContentAsString())
                .contains("<html lang=\"en\">")
                .contains("<title>Something went wrong</title>")
                .contains("The page could not be shown just now.")
                .contains("<link rel=\"stylesheet\" href=\"/" + assets.path("site.css") + "\">")
                .doesNotContain("secret detail")
                .doesNotContain("IllegalStateException");

        MockHttpServletResponse russian = send(filter, "/privacy");
        assertThat(russian.getStatus()).isEqualTo(500);
        assertThat(russian.getContentAsString()).contains("<html lang=\"ru\">").contains("Что-то пошло не так");
    }

    private static MockHttpServletResponse send(FirstResponsePages filter, String uri) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setCharacterEncoding("UTF-8");
        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("handed on to Vaadin: a second way to draw a reading page");
        });
        return response;
    }
}
