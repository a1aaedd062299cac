package ru.rosnou.international.base.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bounds on live pages' sessions ({@code app.sessions.*}).
 *
 * @param maxAnonymous     sessions of visitors not signed in; 0 for one per MB of heap
 * @param editorReserve    sessions kept for the editors beyond that
 * @param anonymousTimeout how long a visitor's idle session lives
 * @param maxPerAddress    sessions not signed in that one client address (an IPv6 /64 network) may hold at once
 */
@ConfigurationProperties("app.sessions")
public record SessionSettings(
        @DefaultValue("0") int maxAnonymous,
        @DefaultValue("200") int editorReserve,
        @DefaultValue("10m") Duration anonymousTimeout,
        @DefaultValue("10") int maxPerAddress) {}
