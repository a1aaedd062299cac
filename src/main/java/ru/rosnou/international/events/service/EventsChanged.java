package ru.rosnou.international.events.service;

import ru.rosnou.international.base.events.ContentChanged;

/** Published when events were saved, so that pages and calendars drawn before are drawn anew. */
public record EventsChanged() implements ContentChanged {}
