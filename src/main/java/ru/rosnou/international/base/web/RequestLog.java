package ru.rosnou.international.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request: method, path, status and time ({@code GET /en/search 200 12 ms}). The query string,
 * the client's address and every header are left out: they can carry what a reader typed (a search, a question's
 * reference, an e-mail address), so no log line holds personal data. Quiet it with
 * {@code logging.level.ru.rosnou.international.requests=warn}; JSON lines with
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} (or {@code logstash}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("ru.rosnou.international.requests");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!log.isInfoEnabled()) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            // A request that ends in an exception is answered 500 by the container after this filter: say so, not
            // the status the response held when the exception passed (200, or what an earlier step had set).
            log.info(
                    "{} {} {} {} ms",
                    request.getMethod(),
                    request.getRequestURI(),
                    failed && !response.isCommitted()
                            ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                            : response.getStatus(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
