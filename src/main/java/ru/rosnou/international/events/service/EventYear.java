package ru.rosnou.international.events.service;

import java.util.List;

/** The events that started in one year, the latest first. */
public record EventYear(int year, List<EventDetails> events) {}
