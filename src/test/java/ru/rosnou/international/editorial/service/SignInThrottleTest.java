package ru.rosnou.international.editorial.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import ru.rosnou.international.MutableClock;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock, 3, Duration.ofMinutes(15));

    @Test
    void anAddressIsPausedAfterItsFailuresUntilTheWindowEnds() {
        throttle.onFailure(wrongPassword("203.0.113.7", "anna"));
        throttle.onFailure(wrongPassword("203.0.113.7", "boris"));
        assertThat(throttle.isBlocked("203.0.113.7")).isFalse();
        throttle.onFailure(lockedAccount("203.0.113.7", "vera"));

        assertThat(throttle.isBlocked("203.0.113.7")).isTrue();
        assertThat(throttle.isBlocked("203.0.113.8")).as("another address").isFalse();
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isBlocked("203.0.113.7")).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.isBlocked("203.0.113.7")).isFalse();
    }

    private static AuthenticationFailureBadCredentialsEvent wrongPassword(String address, String username) {
        return new AuthenticationFailureBadCredentialsEvent(attempt(address, username),
                new BadCredentialsException("Bad credentials"));
    }

    private static AuthenticationFailureLockedEvent lockedAccount(String address, String username) {
        return new AuthenticationFailureLockedEvent(attempt(address, username), new LockedException("Locked"));
    }

    private static UsernamePasswordAuthenticationToken attempt(String address, String username) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/editor/login");
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, "x");
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
