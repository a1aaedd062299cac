package ru.rosnou.international.questions.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rosnou.international.base.data.ClientLimits;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.text.TypedText;
import ru.rosnou.international.questions.domain.Question;
import ru.rosnou.international.questions.domain.QuestionRepository;
import ru.rosnou.international.questions.domain.QuestionStatus;

/**
 * Receiving readers' questions and showing the published answers. Spam protection needs no image:
 * a honeypot field, a minimum time between showing the form and sending it, and a limit per client.
 */
@Service
public class QuestionService implements ApplicationEventPublisherAware {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    public static final int MAX_ANSWER = 4000;

    private final QuestionRepository questions;
    private final Validator validator;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private ApplicationEventPublisher events;
    private final Duration minimumFillTime;
    private final ClientLimits limits;
    private final int limitPerClient;
    private final Duration limitWindow;

    public QuestionService(QuestionRepository questions, Validator validator, TransactionTemplate transactions,
                           Clock clock, ClientLimits limits,
                           @Value("${app.questions.minimum-fill-time:3s}") Duration minimumFillTime,
                           @Value("${app.questions.limit-per-client:3}") int limitPerClient,
                           @Value("${app.questions.limit-window:10m}") Duration limitWindow) {
        this.questions = questions;
        this.validator = validator;
        this.transactions = transactions;
        this.clock = clock;
        this.minimumFillTime = minimumFillTime;
        this.limits = limits;
        this.limitPerClient = limitPerClient;
        this.limitWindow = limitWindow;
    }

    @Override
    public void setApplicationEventPublisher(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** @param formShownAt when the form was shown ({@link FormStamps}), or null when that is not known */
    public SubmissionResult submit(QuestionDraft draft, Language language, String clientKey, Instant formShownAt) {
        Map<String, String> errors = validate(draft);
        if (!errors.isEmpty()) {
            return new SubmissionResult.Invalid(errors);
        }
        if (draft.getWebsite() != null && !draft.getWebsite().isBlank()) {
            return new SubmissionResult.Refused("ask.refused.spam");
        }
        if (formShownAt == null || Duration.between(formShownAt, clock.instant()).compareTo(minimumFillTime) < 0) {
            return new SubmissionResult.Refused("ask.refused.tooFast");
        }
        // In the database, so that a client cannot send its questions to each instance in turn.
        if (!limits.take("question", clientKey, limitPerClient, limitWindow)) {
            return new SubmissionResult.Refused("ask.refused.tooMany");
        }
        String reference = transactions.execute(status -> store(draft, language));
        if (events != null) {
            events.publishEvent(new QuestionReceived(language));
        }
        return new SubmissionResult.Accepted(reference);
    }

    private String store(QuestionDraft draft, Language language) {
        Instant now = clock.instant();
        String reference = "Q-%d-%05d".formatted(now.atZone(MOSCOW).getYear(), questions.nextReferenceNumber());
        questions.save(new Question(reference, language.code(), TypedText.normalised(draft.getFullName()),
                TypedText.normalised(draft.getEmail()), draft.getTopic(), TypedText.composed(draft.getText()), now));
        return reference;
    }

    /** Field name to message key for each problem, in the order of the form. */
    public Map<String, String> validate(QuestionDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : List.of("fullName", "email", "topic", "text", "consent")) {
            // A missing value is the problem to name first; the order of constraint checks is not defined.
            validator.validateProperty(draft, field).stream()
                    .map(ConstraintViolation::getMessage)
                    .min(Comparator.comparing((String message) -> !message.endsWith(".required"))
                            .thenComparing(Comparator.naturalOrder()))
                    .ifPresent(message -> errors.put(field, message));
        }
        return errors;
    }

    /** The editors' inbox: questions in one state, oldest first, so nothing waits unseen. */
    public List<InboxItem> inbox(QuestionStatus status) {
        return questions.findByStatusOrderBySubmittedAtAsc(status).stream()
                .map(q -> new InboxItem(q.getId(), q.getReference(), Language.ofCode(q.getLanguage()), q.getFullName(),
                        q.getEmail(), q.getTopic(), q.getText(), q.getSubmittedAt(), q.getStatus(), q.getAnswer(),
                        q.isFaqPublished(), q.getFaqLanguage() == null ? null : Language.ofCode(q.getFaqLanguage()),
                        q.getFaqQuestion()))
                .toList();
    }

    public long countInbox(QuestionStatus status) {
        return questions.countByStatus(status);
    }

    /**
     * Answers a question and decides whether the FAQ shows it, in which language and with which wording of
     * the question (without the reader's personal details). Returns message keys of what is wrong, if anything;
     * nothing is saved then.
     */
    public List<String> answer(long id, String answer, boolean publish, Language faqLanguage, String faqQuestion) {
        List<String> errors = new java.util.ArrayList<>();
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            errors.add("editor.questions.error.answer.required");
        } else if (text.length() > MAX_ANSWER) {
            errors.add("editor.questions.error.answer.tooLong");
        }
        String published = faqQuestion == null ? "" : faqQuestion.strip();
        if (publish && faqLanguage == null) {
            errors.add("editor.questions.error.language");
        }
        if (publish && (published.isEmpty() || published.length() > Question.MAX_TEXT)) {
            errors.add("editor.questions.error.faqQuestion");
        }
        if (errors.isEmpty()) {
            transactions.executeWithoutResult(status -> questions.findById(id).orElseThrow()
                    .answer(text, clock.instant(), publish, publish ? faqLanguage.code() : null, published));
            if (events != null) {
                events.publishEvent(new FaqChanged());
            }
        }
        return errors;
    }

    public void markHandled(long id) {
        transactions.executeWithoutResult(status -> questions.findById(id).orElseThrow().markHandled());
    }

    /** The published answers in one language, by topic, newest first within a topic. */
    public List<FaqEntry> faq(Language language) {
        return questions.findByFaqPublishedTrueAndFaqLanguageOrderByTopicAscAnsweredAtDesc(language.code()).stream()
                .map(q -> new FaqEntry(q.getTopic(), q.getFaqQuestion() != null ? q.getFaqQuestion() : q.getText(),
                        q.getAnswer(), LocalDate.ofInstant(q.getAnsweredAt(), MOSCOW)))
                .toList();
    }
}
