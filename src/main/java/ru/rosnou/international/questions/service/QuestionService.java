package ru.rosnou.international.questions.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rosnou.international.base.data.ClientLimits;
import ru.rosnou.international.base.forms.Problems;
import ru.rosnou.international.base.i18n.DateFormats;
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
@Transactional(readOnly = true)
public class QuestionService {

    public static final int MAX_ANSWER = 4000;

    private final QuestionRepository questions;
    private final Validator validator;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final QuestionSettings settings;
    private final ClientLimits limits;
    private final UsedFormStamps usedStamps;

    public QuestionService(
            QuestionRepository questions,
            Validator validator,
            ApplicationEventPublisher events,
            Clock clock,
            ClientLimits limits,
            UsedFormStamps usedStamps,
            QuestionSettings settings) {
        this.usedStamps = usedStamps;
        this.questions = questions;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
        this.limits = limits;
    }

    /**
     * Stores the question when it is complete and passes the checks against robots. The client's allowance is
     * taken in the same transaction, so a question that could not be stored does not use it up.
     *
     * @param formShownAt when the form was shown ({@link FormStamps}), or null when that is not known
     */
    @Transactional
    public SubmissionResult submit(
            QuestionDraft draft, Language language, String clientKey, @Nullable Instant formShownAt) {
        return submit(draft, language, clientKey, formShownAt, null);
    }

    /**
     * Stores the question sent with a form ({@link #submit}), spending the form's stamp: a stamp is good for one
     * question, on every instance, and for {@code app.questions.form-max-age} after the form was shown.
     *
     * @param stamp the form's stamp ({@link FormStamps#read}), or null when it has none or a forged one
     */
    @Transactional
    public SubmissionResult submitForm(
            QuestionDraft draft, Language language, String clientKey, @Nullable FormStamp stamp) {
        return submit(draft, language, clientKey, stamp == null ? null : stamp.shownAt(), stamp);
    }

    private SubmissionResult submit(
            QuestionDraft draft,
            Language language,
            String clientKey,
            @Nullable Instant formShownAt,
            @Nullable FormStamp stamp) {
        Problems problems = validate(draft);
        if (!problems.isEmpty()) {
            return new SubmissionResult.Invalid(problems);
        }
        if (draft.getWebsite() != null && !draft.getWebsite().isBlank()) {
            return new SubmissionResult.Refused("ask.refused.spam");
        }
        if (formShownAt == null
                || Duration.between(formShownAt, clock.instant()).compareTo(settings.minimumFillTime()) < 0) {
            return new SubmissionResult.Refused("ask.refused.tooFast");
        }
        if (Duration.between(formShownAt, clock.instant()).compareTo(settings.formMaxAge()) > 0) {
            return new SubmissionResult.Refused("ask.refused.expired");
        }
        if (stamp != null && !usedStamps.spend(stamp.stamp(), formShownAt.plus(settings.formMaxAge()))) {
            return new SubmissionResult.Refused("ask.refused.used");
        }
        // In the database, so that a client cannot send its questions to each instance in turn.
        if (!limits.take("question", clientKey, settings.limitPerClient(), settings.limitWindow())) {
            return new SubmissionResult.Refused("ask.refused.tooMany");
        }
        String reference = store(draft, language);
        events.publishEvent(new QuestionReceived(language));
        return new SubmissionResult.Accepted(reference);
    }

    private String store(QuestionDraft draft, Language language) {
        Instant now = clock.instant();
        String reference =
                "Q-%d-%05d".formatted(now.atZone(DateFormats.ZONE).getYear(), questions.nextReferenceNumber());
        questions.save(new Question(
                reference,
                language,
                TypedText.normalised(draft.getFullName()),
                TypedText.normalised(draft.getEmail()),
                draft.getTopic(),
                TypedText.composed(draft.getText()),
                now));
        return reference;
    }

    /** The problems of each field, in the order of the form. */
    Problems validate(QuestionDraft draft) {
        Problems.Builder errors = Problems.builder();
        for (String field : List.of("fullName", "email", "topic", "text", "consent")) {
            // A missing value is the problem to name first; the order of constraint checks is not defined.
            validator.validateProperty(draft, field).stream()
                    .map(ConstraintViolation::getMessage)
                    .min(Comparator.comparing((String message) -> !message.endsWith(".required"))
                            .thenComparing(Comparator.naturalOrder()))
                    .ifPresent(message -> errors.add(field, message));
        }
        return errors.build();
    }

    /** The editors' inbox: questions in one state, oldest first, so nothing waits unseen. */
    public List<InboxItem> inbox(QuestionStatus status) {
        return questions.findByStatusOrderBySubmittedAtAsc(status).stream()
                .map(q -> new InboxItem(
                        q.getId(),
                        q.getReference(),
                        q.getLanguage(),
                        q.getFullName(),
                        q.getEmail(),
                        q.getTopic(),
                        q.getText(),
                        q.getSubmittedAt(),
                        q.getStatus(),
                        q.getAnswer(),
                        q.isFaqPublished(),
                        q.getFaqLanguage(),
                        q.getFaqQuestion()))
                .toList();
    }

    public long countInbox(QuestionStatus status) {
        return questions.countByStatus(status);
    }

    /**
     * Answers a question and decides whether the FAQ shows it, in which language and with which wording of
     * the question (without the reader's personal details). Returns what is wrong ({@code answer},
     * {@code faqLanguage}, {@code faqQuestion}), if anything; nothing is saved then.
     */
    @Transactional
    public Problems answer(
            long id,
            @Nullable String answer,
            boolean publish,
            @Nullable Language faqLanguage,
            @Nullable String faqQuestion) {
        Problems.Builder errors = Problems.builder();
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            errors.add("answer", "editor.questions.error.answer.required");
        } else if (text.length() > MAX_ANSWER) {
            errors.add("answer", "editor.questions.error.answer.tooLong");
        }
        String published = faqQuestion == null ? "" : faqQuestion.strip();
        if (publish && faqLanguage == null) {
            errors.add("faqLanguage", "editor.questions.error.language");
        }
        if (publish && (published.isEmpty() || published.length() > Question.MAX_TEXT)) {
            errors.add("faqQuestion", "editor.questions.error.faqQuestion");
        }
        if (errors.isEmpty()) {
            questions
                    .findById(id)
                    .orElseThrow()
                    .answer(text, clock.instant(), publish, publish ? faqLanguage : null, published);
            events.publishEvent(new FaqChanged());
        }
        return errors.build();
    }

    @Transactional
    public void markHandled(long id) {
        questions.findById(id).orElseThrow().markHandled();
    }

    /** The published answers in one language, by topic, newest first within a topic. */
    public List<FaqEntry> faq(Language language) {
        return questions.findByFaqPublishedTrueAndFaqLanguageOrderByTopicAscAnsweredAtDesc(language).stream()
                .map(q -> new FaqEntry(
                        q.getTopic(),
                        q.getFaqQuestion() != null ? q.getFaqQuestion() : q.getText(),
                        q.getAnswer(),
                        LocalDate.ofInstant(q.getAnsweredAt(), DateFormats.ZONE)))
                .toList();
    }
}
