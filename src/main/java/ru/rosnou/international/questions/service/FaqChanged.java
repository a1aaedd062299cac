package ru.rosnou.international.questions.service;

import ru.rosnou.international.base.events.ContentChanged;

/** An answer was given, so the FAQ may show it. */
public record FaqChanged() implements ContentChanged {}
