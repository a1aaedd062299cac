package ru.rosnou.international.questions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rosnou.international.KaribuTest;
import ru.rosnou.international.base.ui.NativeForm;
import ru.rosnou.international.base.ui.NativeTextArea;
import ru.rosnou.international.questions.domain.QuestionTopic;
import ru.rosnou.international.questions.service.QuestionDraft;

/** How the question form draws itself: empty, and as sent back with problems (the controller's answer). */
class AskQuestionViewTest extends KaribuTest {

    @Test
    void theAskPageExistsInBothLanguagesAndLinksToItsTranslation() {
        navigate("en/ask");
        assertThat(_get(H1.class).getText()).isEqualTo("Ask a question");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("language-link")).getHref())
                .isEqualTo("ask");
        assertThat(labelOf("ask-full-name")).isEqualTo("Full name");
        assertThat(_get(NativeForm.class).getElement().getAttribute("action")).isEqualTo("en/ask");

        navigate("ask");
        assertThat(_get(H1.class).getText()).isEqualTo("Задать вопрос");
        assertThat(labelOf("ask-full-name")).isEqualTo("ФИО");
        assertThat(_get(NativeForm.class).getElement().getAttribute("action")).isEqualTo("ask");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Задать вопрос — ");
    }

    @Test
    void aFreshFormHasNoErrorsAndNothingMarkedInvalid() {
        navigate("en/ask");

        assertThat(_find(Section.class, spec -> spec.withId("ask-errors"))).isEmpty();
        assertThat(field("ask-consent").getAttribute("aria-invalid"))
                .as("not invalid before it is sent")
                .isNull();
        assertThat(field("ask-full-name").getAttribute("aria-invalid")).isNull();
        assertThat(_get(Input.class, spec -> spec.withId("ask-website"))
                        .getElement()
                        .getAttribute("tabindex"))
                .isEqualTo("-1");
    }

    @Test
    void aFormSentBackEmptyListsEveryProblemAtTheTopAndMarksEachField() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("text", "ask.error.text.required");
        errors.put("fullName", "ask.error.name.required");
        errors.put("email", "ask.error.email.required");
        errors.put("topic", "ask.error.topic.required");
        errors.put("consent", "ask.error.consent.required");
        sentBack(AskQuestionView.SentBack.invalid(new QuestionDraft(), errors));

        navigate("en/ask");

        Section summary = _get(Section.class, spec -> spec.withId("ask-errors"));
        assertThat(_get(summary, H2.class).getText()).isEqualTo("Please correct the form: problems found: 5");
        assertThat(summary.getElement().hasAttribute("autofocus")).isTrue();
        List<Anchor> links = _find(summary, Anchor.class);
        assertThat(links)
                .as("in the order of the form")
                .extracting(link -> link.getElement().getAttribute("data-field"))
                .containsExactly("ask-full-name", "ask-email", "ask-topic", "ask-text", "ask-consent");
        assertThat(links)
                .extracting(Anchor::getHref)
                .containsExactly(
                        "#ask-full-name",
                        "#ask-email",
                        "#" + AskQuestionView.topicId(QuestionTopic.values()[0]),
                        "#ask-text",
                        "#ask-consent");
        assertThat(links)
                .extracting(Anchor::getText)
                .containsExactly(
                        "Enter your full name",
                        "Enter your e-mail address",
                        "Choose the topic of your question",
                        "Enter your question",
                        "Agree to the processing of your personal data, or we cannot answer you");
        var name = field("ask-full-name");
        assertThat(name.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(name.getAttribute("aria-describedby")).isEqualTo("ask-full-name-error");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ask-full-name-error"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Error: Enter your full name");
        assertThat(field("ask-email").getAttribute("aria-describedby")).isEqualTo("ask-email-hint ask-email-error");
        assertThat(field("ask-topic").getAttribute("aria-describedby")).isEqualTo("ask-topic-error");
        assertThat(field("ask-consent").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Error: Ask a question — ");
    }

    @Test
    void aRefusedFormKeepsEverythingTypedAndSaysWhyWithoutMarkingTheFields() {
        QuestionDraft draft = new QuestionDraft();
        draft.setFullName("Anna <b>Petrova</b>");
        draft.setEmail("anna@example.org");
        draft.setTopic(QuestionTopic.PARTNERSHIPS);
        draft.setText("Hello");
        draft.setConsent(true);
        sentBack(AskQuestionView.SentBack.refused(draft, "ask.refused.tooMany"));

        navigate("en/ask");

        Section summary = _get(Section.class, spec -> spec.withId("ask-errors"));
        assertThat(_get(summary, H2.class).getText()).isEqualTo("The question was not sent");
        assertThat(_get(summary, Paragraph.class).getText()).startsWith("You have sent several questions");
        assertThat(field("ask-full-name").getAttribute("value")).isEqualTo("Anna <b>Petrova</b>");
        assertThat(field("ask-full-name").getAttribute("aria-invalid")).isNull();
        assertThat(field("ask-email").getAttribute("value")).isEqualTo("anna@example.org");
        assertThat(field(AskQuestionView.topicId(QuestionTopic.PARTNERSHIPS)).hasAttribute("checked"))
                .isTrue();
        assertThat(field(AskQuestionView.topicId(QuestionTopic.OTHER)).hasAttribute("checked"))
                .isFalse();
        assertThat(_get(NativeTextArea.class).getElement().getText()).isEqualTo("Hello");
        assertThat(field("ask-consent").hasAttribute("checked")).isTrue();
    }

    @Test
    void theCounterSaysHowManyCharactersAreLeft() {
        navigate("en/ask");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ask-text-counter"))
                        .getText())
                .isEqualTo("2,000 of 2,000 characters left");
        assertThat(field("ask-text").getAttribute("maxlength")).isEqualTo("2000");
        assertThat(field("ask-text").getAttribute("aria-describedby")).isEqualTo("ask-text-counter");

        QuestionDraft draft = new QuestionDraft();
        draft.setText("Hello");
        sentBack(AskQuestionView.SentBack.invalid(draft, Map.of("fullName", "ask.error.name.required")));
        navigate("en/ask");

        Paragraph counter = _get(Paragraph.class, spec -> spec.withId("ask-text-counter"));
        assertThat(counter.getText()).isEqualTo("1,995 of 2,000 characters left");
        assertThat(counter.getElement().getAttribute("data-template")).isEqualTo("{0} of 2,000 characters left");
    }

    @Test
    void theConsentLinksToThePolicyAndTheFormLinksToTheFaq() {
        navigate("en/ask");

        assertThat(_get(Anchor.class, spec -> spec.withText("personal data policy"))
                        .getHref())
                .isEqualTo("en/privacy");
        assertThat(_get(Anchor.class, spec -> spec.withText("frequently asked questions"))
                        .getHref())
                .isEqualTo("en/faq");
    }

    @Test
    void theConfirmationShowsTheReferenceAndRefusesAnythingElse() {
        navigate("en/ask/sent?reference=Q-2026-00042");
        assertThat(_get(H1.class).getText()).isEqualTo("Thank you, your question has been sent");
        assertThat(_get(Span.class, spec -> spec.withId("ask-reference")).getText())
                .isEqualTo("Q-2026-00042");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("language-link")).getHref())
                .isEqualTo("ask/sent?reference=Q-2026-00042");

        navigate("en/ask/sent?reference=%3Cscript%3E");
        assertThat(_find(Span.class, spec -> spec.withId("ask-reference"))).isEmpty();
    }

    private static void sentBack(AskQuestionView.SentBack sentBack) {
        VaadinRequest.getCurrent().setAttribute(AskQuestionView.SENT_BACK, sentBack);
    }

    private static Element field(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement();
    }

    private static String labelOf(String id) {
        return _get(
                        NativeLabel.class,
                        spec -> spec.withPredicate(
                                label -> id.equals(label.getFor().orElse(null))))
                .getText();
    }
}
