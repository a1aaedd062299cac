package ru.rosnou.international.questions.domain;

/** What a question is about; it decides who in the directorate answers it and where it sits in the FAQ. */
public enum QuestionTopic {
    ACADEMIC_MOBILITY,
    INTERNATIONAL_ADMISSION,
    INTERNSHIPS,
    PARTNERSHIPS,
    ACCESSIBILITY,
    OTHER
}
