package ru.rosnou.international.questions.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import ru.rosnou.international.MutableClock;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.questions.domain.Question;
import ru.rosnou.international.questions.domain.QuestionRepository;
import ru.rosnou.international.questions.domain.QuestionStatus;
import ru.rosnou.international.questions.domain.QuestionTopic;

@SpringBootTest
@ActiveProfiles("test")
class QuestionServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    QuestionService service;

    @Autowired
    QuestionRepository questions;

    @Autowired
    Validator validator;

    @Test
    void aValidQuestionIsStoredWithAReferenceInTheSameStep() {
        SubmissionResult result = service.submit(
                draft("  Anna Petrova ", "anna@example.org"),
                Language.EN,
                "10.0.0.1",
                Instant.now().minusSeconds(60));

        assertThat(result).isInstanceOf(SubmissionResult.Accepted.class);
        String reference = ((SubmissionResult.Accepted) result).reference();
        assertThat(reference).matches("Q-\\d{4}-\\d{5}");
        Question stored = questions.findByReference(reference).orElseThrow();
        assertThat(stored.getFullName()).isEqualTo("Anna Petrova");
        assertThat(stored.getLanguage()).isEqualTo(Language.EN);
        assertThat(stored.getStatus()).isEqualTo(QuestionStatus.NEW);
        assertThat(stored.isFaqPublished()).isFalse();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        long before = questions.count();
        QuestionDraft bad = new QuestionDraft();
        bad.setFullName("x".repeat(201));
        bad.setEmail("not-an-email");
        bad.setText("y".repeat(2001));

        SubmissionResult result = service.submit(bad, Language.EN, "10.0.0.2", NOW);

        assertThat(result).isInstanceOf(SubmissionResult.Invalid.class);
        assertThat(((SubmissionResult.Invalid) result).problems().byField())
                .containsExactly(
                        Map.entry("fullName", "ask.error.name.tooLong"),
                        Map.entry("email", "ask.error.email.invalid"),
                        Map.entry("topic", "ask.error.topic.required"),
                        Map.entry("text", "ask.error.text.tooLong"),
                        Map.entry("consent", "ask.error.consent.required"));
        assertThat(questions.count()).isEqualTo(before);
    }

    @Test
    void invisibleAndDirectionCharactersAreRefusedAndNamesAreStoredInOneForm() {
        QuestionDraft disguised = draft("Anna\u202E avorteP", "anna\u200B@example.org");
        disguised.setText("Can I study\u200B in Japan?");
        SubmissionResult refused = service.submit(disguised, Language.EN, "10.0.0.3", NOW);
        assertThat(((SubmissionResult.Invalid) refused).problems().byField())
                .containsExactly(
                        Map.entry("fullName", "ask.error.name.hidden"),
                        Map.entry("email", "ask.error.email.invalid"),
                        Map.entry("text", "ask.error.text.hidden"));

        QuestionDraft wide = draft("Ａｎｎａ Petrova", "anna@example.org");
        wide.setText("Two lines:\nis 10 m² enough?");
        SubmissionResult accepted =
                service.submit(wide, Language.EN, "10.0.0.3", Instant.now().minusSeconds(60));
        Question stored = questions
                .findByReference(((SubmissionResult.Accepted) accepted).reference())
                .orElseThrow();
        assertThat(stored.getFullName()).isEqualTo("Anna Petrova");
        assertThat(stored.getText())
                .as("line breaks and m² are the reader's")
                .isEqualTo("Two lines:\nis 10 m² enough?");
    }

    @Test
    void emailAddressesMustLookLikeAddresses() {
        for (String wrong : List.of("a@b", "anna", "anna@", "@example.org", "an na@example.org", "anna@exa mple.org")) {
            assertThat(service.validate(draft("Anna", wrong)).byField())
                    .as(wrong)
                    .containsKey("email");
        }
        assertThat(service.validate(draft("Anna", "anna.petrova+intl@mail.example.ru"))
                        .byField())
                .isEmpty();
    }

    @Test
    void theHoneypotTheMinimumFillTimeAndTheLimitPerClientStopRobots() {
        MutableClock clock = new MutableClock(NOW);
        QuestionService guarded = new QuestionService(
                questions,
                validator,
                event -> {},
                clock,
                new ru.rosnou.international.base.data.ClientLimits(jdbc, clock, transactionManager),
                new UsedFormStamps(jdbc, clock, transactionManager),
                new QuestionSettings(Duration.ofSeconds(3), 2, Duration.ofMinutes(10), "", Duration.ofHours(2)));
        long before = questions.count();

        QuestionDraft robot = draft("Robot", "robot@example.org");
        robot.setWebsite("https://spam.example");
        assertThat(guarded.submit(robot, Language.EN, "robot", NOW.minusSeconds(60)))
                .isEqualTo(new SubmissionResult.Refused("ask.refused.spam"));

        assertThat(guarded.submit(draft("Fast", "fast@example.org"), Language.EN, "fast", NOW.minusSeconds(1)))
                .isEqualTo(new SubmissionResult.Refused("ask.refused.tooFast"));
        assertThat(questions.count()).isEqualTo(before);

        Instant shown = NOW.minusSeconds(30);
        assertThat(guarded.submit(draft("A", "a@example.org"), Language.EN, "client", shown))
                .isInstanceOf(SubmissionResult.Accepted.class);
        assertThat(guarded.submit(draft("A", "a@example.org"), Language.EN, "client", shown))
                .isInstanceOf(SubmissionResult.Accepted.class);
        assertThat(guarded.submit(draft("A", "a@example.org"), Language.EN, "client", shown))
                .isEqualTo(new SubmissionResult.Refused("ask.refused.tooMany"));
        assertThat(guarded.submit(draft("B", "b@example.org"), Language.EN, "another client", shown))
                .isInstanceOf(SubmissionResult.Accepted.class);

        clock.advance(Duration.ofMinutes(11));
        assertThat(guarded.submit(draft("A", "a@example.org"), Language.EN, "client", shown))
                .as("the window has passed")
                .isInstanceOf(SubmissionResult.Accepted.class);
        assertThat(questions.count()).isEqualTo(before + 4);
    }

    @Test
    void theLimitCountsAnIpv6ClientByItsNetworkAsSignInDoes() {
        MutableClock clock = new MutableClock(NOW);
        QuestionService guarded = new QuestionService(
                questions,
                validator,
                event -> {},
                clock,
                new ru.rosnou.international.base.data.ClientLimits(jdbc, clock, transactionManager),
                new UsedFormStamps(jdbc, clock, transactionManager),
                new QuestionSettings(Duration.ofSeconds(3), 3, Duration.ofMinutes(10), "", Duration.ofHours(2)));
        Instant shown = NOW.minusSeconds(30);
        int accepted = 0;
        for (int i = 1; i <= 5; i++) {
            if (guarded.submit(draft("V6", "v6@example.org"), Language.EN, "2001:db8:77:1::" + i, shown)
                    instanceof SubmissionResult.Accepted) {
                accepted++;
            }
        }
        assertThat(accepted)
                .as("five addresses of one /64 against a limit of 3")
                .isEqualTo(3);
        assertThat(guarded.submit(draft("V6", "v6@example.org"), Language.EN, "2001:db8:77:2::1", shown))
                .as("the next /64")
                .isInstanceOf(SubmissionResult.Accepted.class);
    }

    @Test
    void aFormStampIsGoodForOneQuestionAndForTwoHours() {
        MutableClock clock = new MutableClock(NOW);
        QuestionSettings settings =
                new QuestionSettings(Duration.ofSeconds(3), 100, Duration.ofMinutes(10), "key", Duration.ofHours(2));
        UsedFormStamps used = new UsedFormStamps(jdbc, clock, transactionManager);
        QuestionService guarded = new QuestionService(
                questions,
                validator,
                event -> {},
                clock,
                new ru.rosnou.international.base.data.ClientLimits(jdbc, clock, transactionManager),
                used,
                settings);
        FormStamps stamps = new FormStamps(new MutableClock(NOW.minusSeconds(60)), settings);
        FormStamp stamp = stamps.read(stamps.issue()).orElseThrow();

        assertThat(guarded.submitForm(draft("A", "a@example.org"), Language.EN, "198.51.100.1", stamp))
                .isInstanceOf(SubmissionResult.Accepted.class);
        for (int i = 2; i <= 6; i++) {
            assertThat(guarded.submitForm(draft("A", "a@example.org"), Language.EN, "198.51.100." + i, stamp))
                    .as("the same stamp from another address")
                    .isEqualTo(new SubmissionResult.Refused("ask.refused.used"));
        }

        FormStamps earlier =
                new FormStamps(new MutableClock(NOW.minus(Duration.ofHours(2).plusMinutes(1))), settings);
        assertThat(guarded.submitForm(
                        draft("B", "b@example.org"),
                        Language.EN,
                        "198.51.100.9",
                        earlier.read(earlier.issue()).orElseThrow()))
                .as("a form shown over two hours ago")
                .isEqualTo(new SubmissionResult.Refused("ask.refused.expired"));

        clock.advance(Duration.ofHours(3));
        used.forgetExpired();
        assertThat(jdbc.queryForObject(
                        "select count(*) from used_form_stamp where stamp = ?", Integer.class, stamp.stamp()))
                .as("forgotten once its form has expired anyway")
                .isZero();
    }

    @Test
    void fiftyQuestionsSentAtOnceAreAllStoredExactlyOnceWithDistinctReferences() throws Exception {
        long before = questions.count();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<SubmissionResult>> senders = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            senders.add(() -> service.submit(
                    draft("Reader " + n, "reader" + n + "@example.org"),
                    Language.RU,
                    "client-" + n,
                    NOW.minusSeconds(60)));
        }
        List<Future<SubmissionResult>> results = pool.invokeAll(senders);
        pool.shutdown();

        Set<String> references = new HashSet<>();
        for (Future<SubmissionResult> result : results) {
            assertThat(result.get()).isInstanceOf(SubmissionResult.Accepted.class);
            references.add(((SubmissionResult.Accepted) result.get()).reference());
        }
        assertThat(references).hasSize(50);
        assertThat(questions.count()).isEqualTo(before + 50);
        for (String reference : references) {
            assertThat(questions.findByReference(reference)).isPresent();
        }
    }

    @Test
    void markupTypedIntoAQuestionIsKeptAsPlainText() {
        QuestionDraft draft = draft("<b>Anna</b>", "anna@example.org");
        draft.setText("<script>alert('x')</script> Is there an exchange?");

        SubmissionResult result = service.submit(draft, Language.EN, "10.0.0.3", NOW.minusSeconds(60));

        Question stored = questions
                .findByReference(((SubmissionResult.Accepted) result).reference())
                .orElseThrow();
        assertThat(stored.getText()).isEqualTo("<script>alert('x')</script> Is there an exchange?");
        assertThat(stored.getFullName()).isEqualTo("<b>Anna</b>");
    }

    @Test
    void theFaqShowsPublishedAnswersInTheReadersLanguageByTopic() {
        assertThat(service.faq(Language.EN))
                .isNotEmpty()
                .extracting(FaqEntry::topic)
                .isSortedAccordingTo(Enum::compareTo);
        assertThat(service.faq(Language.RU))
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.question()).matches(".*\\p{IsCyrillic}.*"));
        assertThat(service.faq(Language.EN)).noneMatch(entry -> entry.question().matches(".*\\p{IsCyrillic}.*"));
    }

    static QuestionDraft draft(String name, String email) {
        QuestionDraft draft = new QuestionDraft();
        draft.setFullName(name);
        draft.setEmail(email);
        draft.setTopic(QuestionTopic.ACADEMIC_MOBILITY);
        draft.setText("Can I study a semester in Japan?");
        draft.setConsent(true);
        return draft;
    }
}
