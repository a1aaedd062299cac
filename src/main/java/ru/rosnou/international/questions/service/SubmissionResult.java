package ru.rosnou.international.questions.service;

import ru.rosnou.international.base.forms.Problems;

/** The outcome of sending a question, as the form needs to show it. */
public sealed interface SubmissionResult {

    /** Stored; the reader gets this reference. */
    record Accepted(String reference) implements SubmissionResult {}

    /** Fields to correct. Nothing was stored. */
    record Invalid(Problems problems) implements SubmissionResult {}

    /** Refused as likely spam or too many at once; the message key explains it to a person. */
    record Refused(String messageKey) implements SubmissionResult {}
}
