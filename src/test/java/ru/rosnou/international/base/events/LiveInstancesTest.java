package ru.rosnou.international.base.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Instances on one database know of each other: an embedded search index beside another live instance is never
 * ready. The instances are played by objects of their own on the shared database, with a clock moved by hand.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class LiveInstancesTest {

    private static final Duration ALIVE_FOR = Duration.ofSeconds(20);

    @Autowired
    JdbcTemplate jdbc;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @AfterEach
    void forgetInstances() {
        jdbc.update("delete from site_instance");
    }

    @Test
    void anEmbeddedIndexBesideAnotherLiveInstanceIsNotReadyAndSaysHowToFixIt(CapturedOutput output) {
        LiveInstances embedded = instance("a", "lucene");
        embedded.heartbeat();
        assertThat(embedded.health().getStatus()).as("alone").isEqualTo(Status.UP);

        LiveInstances other = instance("b", "lucene");
        other.heartbeat();
        embedded.heartbeat();

        assertThat(embedded.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(other.health().getStatus()).as("b sees a as well").isEqualTo(Status.DOWN);
        assertThat(output.getAll())
                .contains("other instances run on the same database (b)")
                .contains("SPRING_PROFILES_ACTIVE=opensearch");

        // b stops: it leaves at once, and a is ready again.
        other.leave();
        embedded.heartbeat();
        assertThat(embedded.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void anInstanceGoneSilentIsForgottenAfterItsTime() {
        LiveInstances embedded = instance("a", "lucene");
        LiveInstances killed = instance("b", "lucene");
        killed.heartbeat();
        embedded.heartbeat();
        assertThat(embedded.health().getStatus()).isEqualTo(Status.DOWN);

        now.set(now.get().plus(ALIVE_FOR).plusSeconds(1));
        embedded.heartbeat();

        assertThat(embedded.health().getStatus()).isEqualTo(Status.UP);
        assertThat(jdbc.queryForList("select id from site_instance", String.class))
                .containsExactly("a");
    }

    @Test
    void instancesWithTheSharedIndexAreReadyTogether() {
        LiveInstances a = instance("a", "elasticsearch");
        LiveInstances b = instance("b", "elasticsearch");
        a.heartbeat();
        b.heartbeat();
        a.heartbeat();

        assertThat(a.health().getStatus()).isEqualTo(Status.UP);
        assertThat(b.health().getStatus()).isEqualTo(Status.UP);
        assertThat(jdbc.queryForList("select id from site_instance order by id", String.class))
                .containsExactly("a", "b");
    }

    private LiveInstances instance(String id, String searchIndex) {
        return new LiveInstances(jdbc, clock, id, searchIndex, ALIVE_FOR, true);
    }
}
