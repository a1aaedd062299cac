package ru.rosnou.international.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The request log tells the status the client gets, also when the request ends in an exception. */
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTest {

    @Test
    void aRequestThatFailsIsLoggedAs500(CapturedOutput output) {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        String name = "ru.rosnou.international.requests";
        LoggerConfiguration before = logging.getLoggerConfiguration(name);
        logging.setLogLevel(name, LogLevel.INFO);
        try {
            MockHttpServletResponse response = new MockHttpServletResponse();
            assertThatThrownBy(() -> new RequestLog()
                            .doFilter(new MockHttpServletRequest("POST", "/a11y"), response, (request, ignored) -> {
                                throw new IllegalArgumentException("broken");
                            }))
                    .hasMessage("broken");
        } finally {
            logging.setLogLevel(name, before == null ? null : before.getConfiguredLevel());
        }
        assertThat(output.getOut()).containsPattern("POST /a11y 500 \\d+ ms");
    }
}
