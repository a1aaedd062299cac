package ru.rosnou.international.base.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the JVM still has time to serve: a heap kept nearly full (by sessions, say) does not run out of memory,
 * it collects back to back and every page takes seconds while the process looks alive. This health ("memory", part
 * of readiness) is DOWN while the share of time spent collecting over the last {@code app.memory.window} is above
 * {@code app.memory.max-gc-share}, or the old generation is fuller than {@code app.memory.max-heap-after-gc} right
 * after a collection; the balancer then sends readers to another instance until it recovers. Both figures are
 * metrics too: {@code rosnou_gc_time_share} and {@code rosnou_heap_after_gc_share}.
 */
@Component("memory")
public class MemoryPressure implements HealthIndicator {

    private final LongSupplier gcMillis;
    private final DoubleSupplier heapAfterGc;
    private final LongSupplier nanoTime;
    private final long windowNanos;
    private final double maxGcShare;
    private final double maxHeapAfterGc;
    private final Deque<long[]> samples = new ArrayDeque<>();

    @Autowired
    public MemoryPressure(MeterRegistry registry, MemorySettings settings) {
        this(
                MemoryPressure::collectionMillis,
                MemoryPressure::oldGenerationAfterCollection,
                System::nanoTime,
                settings.window(),
                settings.maxGcShare(),
                settings.maxHeapAfterGc());
        Gauge.builder("rosnou.gc.time.share", this, MemoryPressure::gcShare)
                .description("Share of time the JVM spent collecting garbage over app.memory.window")
                .register(registry);
        Gauge.builder("rosnou.heap.after.gc.share", this, p -> p.heapAfterGc.getAsDouble())
                .description("How full the old generation was after its last collection (0 to 1)")
                .register(registry);
    }

    MemoryPressure(
            LongSupplier gcMillis,
            DoubleSupplier heapAfterGc,
            LongSupplier nanoTime,
            Duration window,
            double maxGcShare,
            double maxHeapAfterGc) {
        this.gcMillis = gcMillis;
        this.heapAfterGc = heapAfterGc;
        this.nanoTime = nanoTime;
        this.windowNanos = window.toNanos();
        this.maxGcShare = maxGcShare;
        this.maxHeapAfterGc = maxHeapAfterGc;
        samples.add(new long[] {nanoTime.getAsLong(), gcMillis.getAsLong()});
    }

    @Override
    public Health health() {
        double share = gcShare();
        double heap = heapAfterGc.getAsDouble();
        Health.Builder health = share > maxGcShare || heap > maxHeapAfterGc ? Health.down() : Health.up();
        return health.withDetail("gcTimeShare", share)
                .withDetail("heapAfterGcShare", heap)
                .build();
    }

    /**
     * The share of time spent collecting since the newest sample at least a window old (or the first one), taking
     * a sample at most once a second.
     */
    synchronized double gcShare() {
        long now = nanoTime.getAsLong();
        long collected = gcMillis.getAsLong();
        if (now - samples.getLast()[0] >= 1_000_000_000L) {
            samples.addLast(new long[] {now, collected});
        }
        while (samples.size() > 2 && now - nth(samples, 1)[0] >= windowNanos) {
            samples.removeFirst();
        }
        long[] first = samples.getFirst();
        long elapsedMillis = (now - first[0]) / 1_000_000;
        return elapsedMillis < 1000 ? 0 : Math.min(1, (collected - first[1]) / (double) elapsedMillis);
    }

    private static long[] nth(Deque<long[]> deque, int index) {
        return deque.stream().skip(index).findFirst().orElseThrow();
    }

    /** Milliseconds spent in collections that stop the application (not concurrent cycles). */
    private static long collectionMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            String name = collector.getName();
            if (!name.contains("Concurrent") && !name.contains("Cycles")) {
                total += Math.max(0, collector.getCollectionTime());
            }
        }
        return total;
    }

    /** How full the long-lived heap pool was after its last collection (0 to 1). */
    private static double oldGenerationAfterCollection() {
        double fullest = 0;
        long heapMax = Runtime.getRuntime().maxMemory();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            String name = pool.getName();
            boolean longLived = name.contains("Old") || name.contains("Tenured") || name.equals("ZHeap");
            if (pool.getType() != MemoryType.HEAP || !longLived || !pool.isCollectionUsageThresholdSupported()) {
                continue;
            }
            MemoryUsage after = pool.getCollectionUsage();
            if (after == null) {
                continue;
            }
            long max = after.getMax() > 0 ? after.getMax() : heapMax;
            fullest = Math.max(fullest, after.getUsed() / (double) max);
        }
        return fullest;
    }
}
