package ru.rosnou.international.base.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The caps on a request's body ({@code app.requests.*}), kept by {@link RequestSizeLimit}.
 *
 * @param maxBody   the cap for every request but uploads: a UIDL message with an article of 100,000 Cyrillic
 *                  characters, escaped, is well under a megabyte
 * @param maxUpload the cap for an upload request: the largest image plus the multipart envelope
 */
@ConfigurationProperties("app.requests")
public record RequestSettings(
        @DefaultValue("2MB") DataSize maxBody,
        @DefaultValue("6MB") DataSize maxUpload) {}
