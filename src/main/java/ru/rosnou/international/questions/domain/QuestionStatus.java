package ru.rosnou.international.questions.domain;

public enum QuestionStatus {
    NEW,
    ANSWERED,
    HANDLED
}
