package ru.rosnou.international.base.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the instances behind a load balancer tell each other they are alive ({@code app.instances.*}).
 *
 * @param aliveFor how long an instance counts as alive after its last announcement
 * @param announce whether this instance announces itself at all
 */
@ConfigurationProperties("app.instances")
public record InstanceSettings(
        @DefaultValue("20s") Duration aliveFor,
        @DefaultValue("true") boolean announce) {}
