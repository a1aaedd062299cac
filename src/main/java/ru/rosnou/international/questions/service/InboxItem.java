package ru.rosnou.international.questions.service;

import java.time.Instant;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.questions.domain.QuestionStatus;
import ru.rosnou.international.questions.domain.QuestionTopic;

/** A question as the editors' inbox shows it. */
public record InboxItem(
        long id,
        String reference,
        Language language,
        String fullName,
        String email,
        QuestionTopic topic,
        String text,
        Instant submittedAt,
        QuestionStatus status,
        String answer,
        boolean faqPublished,
        Language faqLanguage,
        String faqQuestion) {}
