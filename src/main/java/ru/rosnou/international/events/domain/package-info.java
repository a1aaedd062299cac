/**
 * Events the international office holds or takes part in (round tables, congresses): when, where, in which
 * languages, and how each has changed since it was announced (its iCalendar sequence).
 */
@NullMarked
package ru.rosnou.international.events.domain;

import org.jspecify.annotations.NullMarked;
