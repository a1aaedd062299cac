/** Reading the events (upcoming, past by year, one event), saving them, and the sample events. */
@NullMarked
package ru.rosnou.international.events.service;

import org.jspecify.annotations.NullMarked;
