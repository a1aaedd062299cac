package ru.rosnou.international.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import ru.rosnou.international.MutableClock;
import ru.rosnou.international.base.data.ClientLimits;

/** Failed sign-ins per address, counted in the database that every instance shares. */
@SpringBootTest
@ActiveProfiles("test")
class SignInThrottleTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private SignInThrottle throttle;

    @BeforeEach
    void throttleOnTheTestsClock() {
        throttle = new SignInThrottle(
                new ClientLimits(jdbc, clock, transactions), new SignInSettings(3, Duration.ofMinutes(15)));
    }

    @Test
    void parallelAttemptsFromOneAddressAreAllCountedOnEveryInstance() throws Exception {
        // Two throttles on one database: two instances of the site.
        SignInThrottle other = new SignInThrottle(
                new ClientLimits(jdbc, clock, transactions), new SignInSettings(3, Duration.ofMinutes(15)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                SignInThrottle instance = i % 2 == 0 ? throttle : other;
                attempts.add(pool.submit(() -> instance.tryAttempt("203.0.113.50")));
            }
            long let = 0;
            for (Future<Boolean> attempt : attempts) {
                let += attempt.get() ? 1 : 0;
            }
            assertThat(let)
                    .as("attempts let through of 12 parallel ones, limit 3")
                    .isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAddressIsPausedAfterItsFailuresUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryAttempt("203.0.113.7"))
                    .as("attempt %d", i + 1)
                    .isTrue();
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
        assertThat(throttle.tryAttempt("2001:db8:1:2:ffff:ffff:ffff:ffff"))
                .as("the same /64")
                .isFalse();
        assertThat(throttle.tryAttempt("2001:db8:1:3::1")).as("the next /64").isTrue();
        assertThat(SignInThrottle.key("0:0:0:0:0:0:0:1")).isEqualTo(SignInThrottle.key("::1"));
    }
}
