package ru.rosnou.international.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the application is ready (its start-up work done: the first editor, the sample content), every request is
 * answered "starting, try again in a second" (503 with {@code Retry-After}), in the address's language. The web
 * server listens before Spring Boot runs that work, and a reader who came in meanwhile would otherwise be told the
 * seed article does not exist (404), and a search engine might believe it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class StartingUp extends OncePerRequestFilter {

    private volatile boolean ready;

    /** Last of the ready listeners: a small search index is built in one of them, before readers come. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void ready() {
        ready = true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ready) {
            chain.doFilter(request, response);
        } else {
            UnavailablePage.send(request, response, 1, "unavailable.starting");
        }
    }
}
