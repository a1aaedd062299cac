package ru.rosnou.international.questions.service;

import java.util.Map;

/** The outcome of sending a question, as the form needs to show it. */
public sealed interface SubmissionResult {

    /** Stored; the reader gets this reference. */
    record Accepted(String reference) implements SubmissionResult {
    }

    /** Fields to correct: field name to message key. Nothing was stored. */
    record Invalid(Map<String, String> errors) implements SubmissionResult {
    }

    /** Refused as likely spam or too many at once; the message key explains it to a person. */
    record Refused(String messageKey) implements SubmissionResult {
    }
}
