package ru.rosnou.international.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds what anonymous visitors can make the server hold. Reading pages hold nothing (see
 * {@code FirstResponsePages}); the live pages (the question form, the login page) each hold a session with a
 * Vaadin UI. So sessions are counted, a new one is refused with "busy, try again shortly" (HTTP 503) once
 * {@code app.sessions.max-anonymous} are open, with a reserve of {@code app.sessions.editor-reserve} more for the
 * editors' workspace and its login page, so that a flood of one form cannot lock the editors out. A session that
 * has not signed in ends after {@code app.sessions.anonymous-timeout} without a request (Vaadin's heartbeats do
 * not count: {@code vaadin.closeIdleSessions}); signing in gives it the normal session timeout.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class SessionLimit extends OncePerRequestFilter implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(SessionLimit.class);

    private final AtomicInteger open = new AtomicInteger();
    private final int maxAnonymous;
    private final int editorReserve;
    private final int anonymousTimeoutSeconds;
    private final int signedInTimeoutSeconds;
    private volatile long lastWarning;

    public SessionLimit(
            SessionSettings settings, @Value("${server.servlet.session.timeout:30m}") Duration signedInTimeout) {
        // By default one session per MB of heap: a live page's session and UI take a few hundred KB.
        this.maxAnonymous = settings.maxAnonymous() > 0
                ? settings.maxAnonymous()
                : (int) Math.max(100, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        this.editorReserve = settings.editorReserve();
        this.anonymousTimeoutSeconds = (int) settings.anonymousTimeout().toSeconds();
        this.signedInTimeoutSeconds = (int) signedInTimeout.toSeconds();
    }

    public int openSessions() {
        return open.get();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.incrementAndGet();
        event.getSession().setMaxInactiveInterval(anonymousTimeoutSeconds);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.decrementAndGet();
    }

    /** A signed-in editor keeps the normal session timeout. */
    @EventListener
    public void signedIn(AuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getSession(false) != null) {
            attributes.getRequest().getSession(false).setMaxInactiveInterval(signedInTimeoutSeconds);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Requests that already belong to a session, and files, create no session.
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getRequestedSessionId() != null && request.isRequestedSessionIdValid()
                || path.startsWith("/VAADIN/")
                || path.startsWith("/assets/")
                || path.startsWith("/images/")
                || path.startsWith("/media/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean workspace = path.startsWith("/editor") || path.startsWith("/en/editor");
        int limit = workspace ? maxAnonymous + editorReserve : maxAnonymous;
        if (open.get() < limit) {
            chain.doFilter(request, response);
            return;
        }
        long now = System.currentTimeMillis();
        if (now - lastWarning > 60_000) {
            lastWarning = now;
            log.warn("{} sessions open: new visitors to live pages are asked to come back shortly", open.get());
        }
        boolean english = UnavailablePage.english(request);
        UnavailablePage.send(
                request,
                response,
                60,
                english ? "The site is busy" : "Сайт перегружен",
                english
                        ? "Too many visitors are using the forms right now. Please try again in a minute. The news can be read as usual."
                        : "Сейчас формами пользуется слишком много посетителей. Попробуйте ещё раз через минуту. Новости можно читать как обычно.",
                english ? "Read the news" : "Читать новости");
    }
}
