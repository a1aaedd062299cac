package ru.rosnou.international.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body before anything reads it: Vaadin reads and parses its UIDL messages whole, and its
 * upload handlers read raw bodies whole, so one anonymous 100 MB request could take hundreds of megabytes of
 * heap. A body announced as larger than the cap is refused with 413 at once, unread; a body without a length
 * (chunked) is counted as it is read and refused at the first byte over the cap.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestSizeLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestSizeLimit.class);
    /** Where Vaadin receives uploads (and serves downloads): {@code StreamRequestHandler}'s prefix. */
    private static final String UPLOADS = "/" + SiteAddresses.VAADIN + "dynamic/resource/";

    private final long maxBody;
    private final long maxUpload;

    public RequestSizeLimit(RequestSettings settings) {
        this.maxBody = settings.maxBody().toBytes();
        this.maxUpload = settings.maxUpload().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long cap = request.getRequestURI().startsWith(request.getContextPath() + UPLOADS) ? maxUpload : maxBody;
        long announced = request.getContentLengthLong();
        if (announced > cap) {
            refuse(request, response, cap);
            return;
        }
        chain.doFilter(announced >= 0 ? request : new Capped(request, response, cap), response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long cap) throws IOException {
        log.info("Refused a request body over {} bytes: {} {}", cap, request.getMethod(), request.getRequestURI());
        if (!response.isCommitted()) {
            // The rest of the body is not read: the connection cannot be reused.
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
    }

    /** The body of a request without a length, counted as it is read. */
    private static final class Capped extends HttpServletRequestWrapper {

        private final HttpServletResponse response;
        private final long cap;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, HttpServletResponse response, long cap) {
            super(request);
            this.response = response;
            this.cap = cap;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        private final class CountingStream extends ServletInputStream {

            private final ServletInputStream in;
            private long count;

            CountingStream(ServletInputStream in) {
                this.in = in;
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    counted(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                    counted(n);
                }
                return n;
            }

            private void counted(int n) throws IOException {
                count += n;
                if (count > cap) {
                    refuse((HttpServletRequest) getRequest(), response, cap);
                    throw new IOException("Request body over " + cap + " bytes");
                }
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        }
    }
}
