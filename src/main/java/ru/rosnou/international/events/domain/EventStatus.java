package ru.rosnou.international.events.domain;

/** Where an event stands; a cancelled event stays on the site, marked so. */
public enum EventStatus {
    PLANNED,
    /** Held at another time (or place) than first announced: its dates are the new ones. */
    MOVED,
    CANCELLED
}
