package ru.rosnou.international.questions.domain;

/** Numbers for readers' references, from the database's sequence, so that every instance draws from one. */
public interface QuestionReferences {

    /** The next number for a reader's reference, taken inside the storing transaction. */
    long nextReferenceNumber();
}
