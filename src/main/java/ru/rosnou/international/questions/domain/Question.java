package ru.rosnou.international.questions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import ru.rosnou.international.base.i18n.Language;

/** A reader's question and, once answered, its answer and whether the FAQ shows it. */
@Entity
@Table(name = "question")
public class Question {

    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String reference;

    @Column(nullable = false, length = 2)
    private Language language;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionTopic topic;

    @Column(nullable = false)
    private String text;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionStatus status = QuestionStatus.NEW;

    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "faq_published", nullable = false)
    private boolean faqPublished;

    @Column(name = "faq_language")
    private @Nullable Language faqLanguage;

    @Column(name = "faq_question")
    private String faqQuestion;

    protected Question() {}

    public Question(
            String reference,
            Language language,
            String fullName,
            String email,
            QuestionTopic topic,
            String text,
            Instant submittedAt) {
        this.reference = reference;
        this.language = language;
        this.fullName = fullName;
        this.email = email;
        this.topic = topic;
        this.text = text;
        this.submittedAt = submittedAt;
    }

    /** Answers the question; the FAQ shows it in {@code faqLanguage} when published. */
    public void answer(String answer, Instant at, boolean publish, @Nullable Language faqLanguage, String faqQuestion) {
        this.answer = answer;
        this.answeredAt = at;
        // Changing the answer of a handled question (e.g. unpublishing it) does not reopen it.
        this.status = status == QuestionStatus.HANDLED ? QuestionStatus.HANDLED : QuestionStatus.ANSWERED;
        this.faqPublished = publish;
        this.faqLanguage = publish ? faqLanguage : null;
        this.faqQuestion = publish ? faqQuestion : null;
    }

    public void markHandled() {
        this.status = QuestionStatus.HANDLED;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Language getLanguage() {
        return language;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public QuestionTopic getTopic() {
        return topic;
    }

    public String getText() {
        return text;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public boolean isFaqPublished() {
        return faqPublished;
    }

    public @Nullable Language getFaqLanguage() {
        return faqLanguage;
    }

    public String getFaqQuestion() {
        return faqQuestion;
    }
}
