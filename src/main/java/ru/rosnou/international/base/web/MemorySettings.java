package ru.rosnou.international.base.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When {@link MemoryPressure} says the JVM is short of memory ({@code app.memory.*}).
 *
 * @param window         the time over which the share of collecting is measured
 * @param maxGcShare     the share of that time spent collecting garbage above which the health says DOWN
 * @param maxHeapAfterGc how full the old generation may be after a collection (0 to 1)
 */
@ConfigurationProperties("app.memory")
public record MemorySettings(
        @DefaultValue("1m") Duration window,
        @DefaultValue("0.5") double maxGcShare,
        @DefaultValue("0.95") double maxHeapAfterGc) {}
