package ru.rosnou.international.questions.service;

import java.time.LocalDate;
import ru.rosnou.international.questions.domain.QuestionTopic;

/** A published question with its answer, as the FAQ shows it. */
public record FaqEntry(QuestionTopic topic, String question, String answer, LocalDate answeredOn) {}
