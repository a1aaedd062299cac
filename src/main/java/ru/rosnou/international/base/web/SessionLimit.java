package ru.rosnou.international.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.rosnou.international.base.data.ClientLimits;

/**
 * Bounds what anonymous visitors can make the server hold. Reading pages, feeds, the sitemap and the public forms
 * hold nothing; the live pages (the editors' login page and workspace) and Spring Security's checks of a posted
 * form each hold a session. So the limit is not on requests but on making a session: a request that never asks for
 * one is never refused, whatever the count. A new session is refused with "busy, try again shortly" (HTTP 503) once
 * {@code app.sessions.max-anonymous} are open, with a reserve of {@code app.sessions.editor-reserve} more for the
 * editors' workspace and its login page, and once the visitor's address (an IPv6 address by its /64 network, as
 * sign-in counts them) holds {@code app.sessions.max-per-address} sessions that have not signed in, so that one
 * client cannot fill the limit. The count per address is this instance's own, in memory: sessions live in one
 * instance (sticky), so another instance's sessions take nothing from this one.
 *
 * <p>A session made by a request that is then refused (a form without its CSRF token answered 403, a 404, 405 or
 * anything else from 400 up) is ended with the request: nothing refused leaves state behind. A session that has not
 * signed in ends after {@code app.sessions.anonymous-timeout} without a request (Vaadin's heartbeats do not count:
 * {@code vaadin.closeIdleSessions}); signing in gives it the normal session timeout and takes it off its address's
 * count.
 */
@Component
@Order(SessionLimit.ORDER)
public class SessionLimit extends OncePerRequestFilter implements HttpSessionListener {

    /** Before Spring Security's filters (order -100), whose CSRF check and saved requests also make sessions. */
    public static final int ORDER = -110;

    private static final Logger log = LoggerFactory.getLogger(SessionLimit.class);
    private static final String HOLD = SessionLimit.class.getName() + ".address";
    private static final String GUARD = SessionLimit.class.getName() + ".guard";

    private final AtomicInteger open = new AtomicInteger();
    private final ConcurrentHashMap<String, Integer> byAddress = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong discarded = new AtomicLong();
    private final int maxAnonymous;
    private final int editorReserve;
    private volatile int maxPerAddress;
    private final int anonymousTimeoutSeconds;
    private final int signedInTimeoutSeconds;
    private volatile long lastWarning;

    /** @param server Spring Boot's server settings: {@code server.servlet.session.timeout} for editors' sessions */
    @Autowired
    public SessionLimit(SessionSettings settings, ServerProperties server) {
        this(settings, server.getServlet().getSession().getTimeout());
    }

    SessionLimit(SessionSettings settings, Duration signedInTimeout) {
        // By default one session per MB of heap: a live page's session and UI take a few hundred KB.
        this.maxAnonymous = settings.maxAnonymous() > 0
                ? settings.maxAnonymous()
                : (int) Math.max(100, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        this.editorReserve = settings.editorReserve();
        this.maxPerAddress = settings.maxPerAddress();
        this.anonymousTimeoutSeconds = (int) settings.anonymousTimeout().toSeconds();
        this.signedInTimeoutSeconds = (int) signedInTimeout.toSeconds();
    }

    public int openSessions() {
        return open.get();
    }

    /** New sessions refused so far (the limit or the address's share was reached). */
    public long refusedSessions() {
        return refused.get();
    }

    /** Sessions ended at once because the request that made them was refused. */
    public long discardedSessions() {
        return discarded.get();
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

    /** A signed-in editor keeps the normal session timeout, and no longer counts against the address. */
    @EventListener
    public void signedIn(AuthenticationSuccessEvent event) {
        signedIn();
    }

    /** Sent after the session for the sign-in is made (the other event may come before it). */
    @EventListener
    public void signedIn(InteractiveAuthenticationSuccessEvent event) {
        signedIn();
    }

    private void signedIn() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setMaxInactiveInterval(signedInTimeoutSeconds);
                session.removeAttribute(HOLD);
            }
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Requests that already belong to a session, and files, create no session.
        return request.getRequestedSessionId() != null && request.isRequestedSessionIdValid()
                || SiteAddresses.isFile(SiteAddresses.requestPath(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean workspace = SiteAddresses.isWorkspace(SiteAddresses.requestPath(request));
        Guarded guarded = new Guarded(request, workspace ? maxAnonymous + editorReserve : maxAnonymous);
        guarded.setAttribute(GUARD, guarded);
        try {
            chain.doFilter(guarded, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (guarded.refusal == null || !causedBy(e, guarded.refusal)) {
                throw e;
            }
        }
        if (guarded.refusal != null) {
            if (!response.isCommitted()) {
                response.reset();
                sendBusy(request, response);
            }
            return;
        }
        HttpSession made = guarded.made;
        if (made != null && response.getStatus() >= 400) {
            try {
                made.invalidate();
                discarded.incrementAndGet();
            } catch (IllegalStateException alreadyEnded) {
                // Ended while the request ran (a sign-out): nothing left to end.
            }
        }
    }

    /**
     * Asked before a request is handed to what will make it a session (Vaadin's page load): false, and the request
     * is answered 503 when it ends, if no session may be made now. Checking first keeps the refusal out of Vaadin,
     * which would log it as a servlet's failure.
     */
    public static boolean mayMakeSession(HttpServletRequest request) {
        return request.getSession(false) != null
                || !(request.getAttribute(GUARD) instanceof Guarded guarded)
                || guarded.mayMake();
    }

    private static boolean causedBy(Throwable thrown, Throwable refusal) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t == refusal) {
                return true;
            }
        }
        return false;
    }

    private void sendBusy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UnavailablePage.send(request, response, 60, "unavailable.busy");
    }

    /** Takes one of the address's sessions if it has one left. */
    private boolean take(String address) {
        boolean[] taken = {false};
        byAddress.compute(address, (key, count) -> {
            int held = count == null ? 0 : count;
            if (held >= maxPerAddress) {
                return count;
            }
            taken[0] = true;
            return held + 1;
        });
        return taken[0];
    }

    void giveBack(String address) {
        byAddress.computeIfPresent(address, (key, count) -> count <= 1 ? null : count - 1);
    }

    /** For tests that share one running site: another share per address, until set back. */
    void setMaxPerAddress(int maxPerAddress) {
        this.maxPerAddress = maxPerAddress;
    }

    /** Sessions not signed in that the address holds now. */
    int heldBy(String address) {
        return byAddress.getOrDefault(clientKey(address), 0);
    }

    private void warn(String why) {
        refused.incrementAndGet();
        long now = System.currentTimeMillis();
        if (now - lastWarning > 60_000) {
            lastWarning = now;
            log.warn("New sessions refused ({}); {} sessions open", why, open.get());
        }
    }

    /** IPv6 clients are counted by their /64 network, as every limit is (ClientLimits.network). */
    static String clientKey(@Nullable String address) {
        return ClientLimits.network(address);
    }

    /** Thrown where a session was asked for and refused; answered 503 by the filter. */
    private static final class SessionRefused extends RuntimeException {
        SessionRefused(String why) {
            super("A new session was refused: " + why, null, false, false);
        }
    }

    /** The request as the rest of the site sees it: asking it for a new session goes through the limit. */
    private final class Guarded extends HttpServletRequestWrapper {

        private final int limit;
        private @Nullable SessionRefused refusal;
        private @Nullable HttpSession made;

        Guarded(HttpServletRequest request, int limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public HttpSession getSession() {
            HttpSession session = getSession(true);
            if (session == null) {
                throw new IllegalStateException("no session made");
            }
            return session;
        }

        @Override
        public @Nullable HttpSession getSession(boolean create) {
            HttpSession existing = super.getSession(false);
            if (existing != null || !create) {
                return existing;
            }
            if (!mayMake()) {
                throw Objects.requireNonNull(refusal);
            }
            String address = clientKey(getRemoteAddr());
            if (!take(address)) {
                warn("an address holds " + maxPerAddress);
                throw refused("address");
            }
            try {
                HttpSession session = super.getSession(true);
                session.setAttribute(HOLD, new AddressHold(address, SessionLimit.this));
                made = session;
                return session;
            } catch (RuntimeException e) {
                giveBack(address);
                throw e;
            }
        }

        /** Whether a session may be made now; if not, the refusal is noted for the filter to answer. */
        boolean mayMake() {
            if (open.get() >= limit) {
                warn("the limit of " + limit + " is reached");
                refused("limit");
                return false;
            }
            if (byAddress.getOrDefault(clientKey(getRemoteAddr()), 0) >= maxPerAddress) {
                warn("an address holds " + maxPerAddress);
                refused("address");
                return false;
            }
            return true;
        }

        private SessionRefused refused(String why) {
            SessionRefused refusal = new SessionRefused(why);
            this.refusal = refusal;
            return refusal;
        }
    }

    /** Kept in a session not signed in: gives its address's share back when the session ends or signs in. */
    private static final class AddressHold implements HttpSessionBindingListener, Serializable {

        private static final long serialVersionUID = 1L;
        private final String address;
        private final transient @Nullable SessionLimit limit;

        AddressHold(String address, SessionLimit limit) {
            this.address = address;
            this.limit = limit;
        }

        @Override
        public void valueUnbound(HttpSessionBindingEvent event) {
            if (limit != null) {
                limit.giveBack(address);
            }
        }
    }
}
