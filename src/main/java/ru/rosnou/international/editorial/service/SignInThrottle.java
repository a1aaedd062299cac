package ru.rosnou.international.editorial.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;

/**
 * Failed sign-ins per client address. The account lockout stops guessing one account's password; this stops
 * one address from trying many accounts. The window starts at an address's first failure.
 */
@Service
public class SignInThrottle {

    private final int failuresPerAddress;
    private final Duration window;
    private final Cache<String, AtomicInteger> failuresByAddress;

    public SignInThrottle(Clock clock,
                          @Value("${app.sign-in.failures-per-address:20}") int failuresPerAddress,
                          @Value("${app.sign-in.address-window:15m}") Duration window) {
        this.failuresPerAddress = failuresPerAddress;
        this.window = window;
        this.failuresByAddress = Caffeine.newBuilder().expireAfterWrite(window)
                .ticker(() -> clock.millis() * 1_000_000L).maximumSize(100_000).build();
    }

    /** Whether sign-in attempts from this address are refused until its window ends. */
    public boolean isBlocked(String address) {
        AtomicInteger failures = failuresByAddress.getIfPresent(key(address));
        return failures != null && failures.get() >= failuresPerAddress;
    }

    public void recordFailure(String address) {
        failuresByAddress.get(key(address), k -> new AtomicInteger()).incrementAndGet();
    }

    /** Every refused sign-in counts: wrong passwords, unknown names, locked and disabled accounts alike. */
    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            recordFailure(details.getRemoteAddress());
        }
    }

    public Duration window() {
        return window;
    }

    private static String key(String address) {
        return address == null ? "unknown" : address;
    }
}
