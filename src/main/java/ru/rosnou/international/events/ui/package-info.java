/**
 * The events pages ({@code /events}, an event's page) and their iCalendar files and feeds ({@code .ics}); the
 * addresses of all of them in {@link ru.rosnou.international.events.ui.EventAddresses}.
 */
@NullMarked
package ru.rosnou.international.events.ui;

import org.jspecify.annotations.NullMarked;
