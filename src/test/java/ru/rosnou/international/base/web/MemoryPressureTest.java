package ru.rosnou.international.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/** A JVM that spends its time collecting garbage says so: readiness goes DOWN, and UP again once it recovers. */
class MemoryPressureTest {

    private final AtomicLong gcMillis = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();
    private double heapAfterGc = 0.4;
    private final MemoryPressure pressure =
            new MemoryPressure(gcMillis::get, () -> heapAfterGc, nanos::get, Duration.ofSeconds(30), 0.5, 0.95);

    private void pass(long seconds, long collectingMillis) {
        for (long s = 0; s < seconds; s++) {
            nanos.addAndGet(1_000_000_000L);
            gcMillis.addAndGet(collectingMillis / seconds);
            pressure.gcShare();
        }
    }

    @Test
    void collectingMostOfTheTimeTurnsReadinessDownUntilItPasses() {
        pass(30, 1_500);
        assertThat(pressure.health().getStatus()).isEqualTo(Status.UP);

        pass(30, 24_000);
        assertThat(pressure.gcShare()).isGreaterThan(0.5);
        assertThat(pressure.health().getStatus()).isEqualTo(Status.DOWN);

        pass(60, 600);
        assertThat(pressure.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aHeapStillFullAfterCollectingIsDown() {
        pass(5, 0);
        heapAfterGc = 0.97;
        assertThat(pressure.health().getStatus()).isEqualTo(Status.DOWN);
    }
}
