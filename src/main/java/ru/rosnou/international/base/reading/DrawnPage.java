package ru.rosnou.international.base.reading;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.web.QuickAnswers;
import ru.rosnou.international.base.web.SecurityHeaders;
import ru.rosnou.international.base.web.TaggedBodies;

/** A drawn reading page: its HTML as sent, and the tag that tells an unchanged page. */
public record DrawnPage(byte[] html, String etag, int status, Language language, boolean sameForEveryReader) {

    /** The kind of answer a reading page is, to {@link QuickAnswers}. */
    public static final String KIND = "page";

    public static DrawnPage of(String html, int status, Language language, boolean sameForEveryReader) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        return new DrawnPage(bytes, TaggedBodies.weakTag(bytes), status, language, sameForEveryReader);
    }

    /** Sends the page: checked again before each reuse, since it depends on the address and the settings cookie. */
    public void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        QuickAnswers.given(request, KIND);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(HttpHeaders.VARY, "Cookie");
        response.setHeader("Content-Security-Policy", SecurityHeaders.READING_PAGE_POLICY);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.code());
        // Tomcat compresses it for clients that accept gzip (server.compression).
        TaggedBodies.send(request, response, status, etag, "text/html;charset=UTF-8", html);
    }
}
