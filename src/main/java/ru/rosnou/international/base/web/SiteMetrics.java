package ru.rosnou.international.base.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * The site's own metrics, beside Spring's and the JVM's on /actuator/prometheus (management port): open
 * sessions, refused sign-ins by reason, and pages drawn and kept per view (timed and counted in site.KeptPages). Questions
 * received are counted by the questions feature itself ({@code rosnou.questions.received}).
 */
@Component
public class SiteMetrics {

    private final MeterRegistry registry;

    public SiteMetrics(MeterRegistry registry, SessionLimit sessions) {
        this.registry = registry;
        Gauge.builder("rosnou.sessions.open", sessions, SessionLimit::openSessions)
                .description("HTTP sessions open (live pages only; reading pages hold none)")
                .register(registry);
        FunctionCounter.builder("rosnou.sessions.refused", sessions, SessionLimit::refusedSessions)
                .description("New sessions refused: the limit, or the address's share of it, was reached")
                .register(registry);
        FunctionCounter.builder("rosnou.sessions.discarded", sessions, SessionLimit::discardedSessions)
                .description("Sessions ended with the request that made them, because it was refused (403, 404...)")
                .register(registry);
    }

    @EventListener
    public void signInRefused(AbstractAuthenticationFailureEvent event) {
        Counter.builder("rosnou.sign_in.failures")
                .description("Sign-ins refused, by the reason's kind")
                .tag("reason", event.getException().getClass().getSimpleName())
                .register(registry)
                .increment();
    }
}
