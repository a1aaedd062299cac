package ru.rosnou.international.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** Request bodies over their cap are refused before anything reads them, or at the first byte over it. */
class RequestSizeLimitTest {

    private final RequestSizeLimit limit =
            new RequestSizeLimit(new RequestSettings(DataSize.ofKilobytes(2), DataSize.ofKilobytes(6)));

    private static MockHttpServletRequest post(String path, int bytes, boolean announced) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return announced ? super.getContentLengthLong() : -1;
            }
        };
        request.setContent(new byte[bytes]);
        return request;
    }

    @Test
    void aBodyAnnouncedAsTooLargeIsRefusedUnread() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        limit.doFilter(post("/", 3 * 1024, true), response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).as("Vaadin never sees it").isNull();
    }

    @Test
    void uploadsHaveTheirOwnLargerCap() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        limit.doFilter(post("/VAADIN/dynamic/resource/1/abc/upload", 5 * 1024, true), response, chain);
        assertThat(chain.getRequest())
                .as("an image within the upload cap goes on")
                .isNotNull();

        MockHttpServletResponse tooLarge = new MockHttpServletResponse();
        limit.doFilter(post("/VAADIN/dynamic/resource/1/abc/upload", 7 * 1024, true), tooLarge, new MockFilterChain());
        assertThat(tooLarge.getStatus()).isEqualTo(413);
    }

    @Test
    void aBodyWithoutALengthIsCountedAsItIsReadAndRefusedAtTheCap() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        limit.doFilter(post("/", 3 * 1024, false), response, chain);
        HttpServletRequest passed = (HttpServletRequest) chain.getRequest();

        assertThatThrownBy(() -> passed.getInputStream().readAllBytes()).isInstanceOf(IOException.class);
        assertThat(response.getStatus()).isEqualTo(413);

        MockFilterChain small = new MockFilterChain();
        limit.doFilter(post("/", 1024, false), new MockHttpServletResponse(), small);
        assertThat(((HttpServletRequest) small.getRequest()).getReader().read(new char[2048]))
                .as("a body within the cap reads whole")
                .isEqualTo(1024);
    }
}
