package ru.rosnou.international.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The request log tells the status the client gets, also when the request ends in an exception. */
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTest {

    @Test
    void aRequestThatFailsIsLoggedAs500(CapturedOutput output) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThatThrownBy(() -> new RequestLog()
                        .doFilter(new MockHttpServletRequest("POST", "/a11y"), response, (request, ignored) -> {
                            throw new IllegalArgumentException("broken");
                        }))
                .hasMessage("broken");
        assertThat(output.getOut()).containsPattern("POST /a11y 500 \\d+ ms");
    }
}
