package ru.rosnou.international.questions.service;

import java.time.Instant;

/** A question form's signed stamp as sent back: when the form was shown, and the stamp itself (good for one use). */
public record FormStamp(Instant shownAt, String stamp) {}
