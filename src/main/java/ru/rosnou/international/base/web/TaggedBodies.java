package ru.rosnou.international.base.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;

/**
 * Sends a body that browsers keep and check again by its entity tag (a reading page, a static file): the tag, then
 * either "304 Not Modified" with no body, when the browser's copy is the one it names, or the body. The other
 * headers (how long it may be kept, what it varies by) are the caller's, written before.
 */
public final class TaggedBodies {

    private TaggedBodies() {}

    /** A weak tag that changes with the bytes, for a body drawn anew (the same page may be compressed or not). */
    public static String weakTag(byte[] body) {
        return "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"";
    }

    /**
     * Writes the tag and the body; a successful answer whose tag the request's {@code If-None-Match} names is
     * "304 Not Modified" without a body, and HEAD gets the headers only.
     */
    public static void send(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String etag,
            String contentType,
            byte[] body)
            throws IOException {
        response.setHeader(HttpHeaders.ETAG, etag);
        if (status == HttpServletResponse.SC_OK && etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(body);
        }
    }
}
