package ru.rosnou.international.editorial.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import ru.rosnou.international.MutableClock;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock, 3, Duration.ofMinutes(15));

    @Test
    void anAddressIsPausedAfterItsFailuresUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryAttempt("203.0.113.7")).as("attempt %d", i + 1).isTrue();
        }
        assertThat(throttle.tryAttempt("203.0.113.7")).isFalse();
        assertThat(throttle.tryAttempt("203.0.113.8")).as("another address").isTrue();

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.tryAttempt("203.0.113.7")).isFalse();
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.tryAttempt("203.0.113.7")).isTrue();
    }

    @Test
    void successfulSignInsAreNotCountedAsFailures() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.tryAttempt("203.0.113.9")).isTrue();
            throttle.forgive("203.0.113.9");
        }
    }

    @Test
    void ipv6ClientsAreCountedByTheirNetwork() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryAttempt("2001:db8:1:2::" + (i + 1))).isTrue();
        }
        assertThat(throttle.tryAttempt("2001:db8:1:2:ffff:ffff:ffff:ffff")).as("the same /64").isFalse();
        assertThat(throttle.tryAttempt("2001:db8:1:3::1")).as("the next /64").isTrue();
        assertThat(SignInThrottle.key("0:0:0:0:0:0:0:1")).isEqualTo(SignInThrottle.key("::1"));
    }
}
