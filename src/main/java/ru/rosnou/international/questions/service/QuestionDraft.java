package ru.rosnou.international.questions.service;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.rosnou.international.base.text.VisibleText;
import ru.rosnou.international.questions.domain.Question;
import ru.rosnou.international.questions.domain.QuestionTopic;

/**
 * What a reader fills in. A mutable bean so that the form can bind to it and keep everything typed
 * when something goes wrong. The messages are keys of the interface bundles.
 */
public class QuestionDraft {

    @NotBlank(message = "ask.error.name.required")
    @Size(max = Question.MAX_NAME, message = "ask.error.name.tooLong")
    @VisibleText(message = "ask.error.name.hidden")
    private String fullName = "";

    @NotBlank(message = "ask.error.email.required")
    @Size(max = Question.MAX_EMAIL, message = "ask.error.email.invalid")
    @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "ask.error.email.invalid")
    @VisibleText(message = "ask.error.email.invalid")
    private String email = "";

    @NotNull(message = "ask.error.topic.required")
    private QuestionTopic topic;

    @NotBlank(message = "ask.error.text.required")
    @Size(max = Question.MAX_TEXT, message = "ask.error.text.tooLong")
    @VisibleText(message = "ask.error.text.hidden", multiLine = true)
    private String text = "";

    @AssertTrue(message = "ask.error.consent.required")
    private boolean consent;

    /** The honeypot: hidden from people, filled in by robots. */
    private String website = "";

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public QuestionTopic getTopic() {
        return topic;
    }

    public void setTopic(QuestionTopic topic) {
        this.topic = topic;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
