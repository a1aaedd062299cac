package ru.rosnou.international.questions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rosnou.international.KaribuTest;
import ru.rosnou.international.base.ui.Announcer;
import ru.rosnou.international.questions.domain.Question;
import ru.rosnou.international.questions.domain.QuestionRepository;
import ru.rosnou.international.questions.domain.QuestionTopic;

class AskQuestionViewTest extends KaribuTest {

    @Autowired
    QuestionRepository questions;

    @Test
    void theAskPageExistsInBothLanguagesAndLinksToItsTranslation() {
        navigate("en/ask");
        assertThat(_get(H1.class).getText()).isEqualTo("Ask a question");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("language-link")).getHref()).isEqualTo("ask");
        assertThat(_get(TextField.class, spec -> spec.withId("ask-full-name")).getLabel()).isEqualTo("Full name");

        navigate("ask");
        assertThat(_get(H1.class).getText()).isEqualTo("Задать вопрос");
        assertThat(_get(TextField.class, spec -> spec.withId("ask-full-name")).getLabel()).isEqualTo("ФИО");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Задать вопрос — ");
    }

    @Test
    void sendingAnEmptyFormMarksEveryFieldAndListsTheProblemsAtTheTop() {
        navigate("en/ask");
        long before = questions.count();

        ButtonKt._click(_get(Button.class, spec -> spec.withId("ask-send")));

        Section summary = _get(Section.class, spec -> spec.withId("ask-errors"));
        assertThat(_get(summary, H2.class).getText()).isEqualTo("Please correct the form: problems found: 5");
        List<Anchor> links = _find(summary, Anchor.class);
        assertThat(links).extracting(link -> link.getElement().getAttribute("data-field"))
                .containsExactly("ask-full-name", "ask-email", "ask-topic", "ask-text", "ask-consent");
        assertThat(links).extracting(Anchor::getText).containsExactly("Enter your full name",
                "Enter your e-mail address", "Choose the topic of your question", "Enter your question",
                "Agree to the processing of your personal data, or we cannot answer you");
        TextField name = _get(TextField.class, spec -> spec.withId("ask-full-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter your full name");
        assertThat(_get(Checkbox.class).isInvalid()).isTrue();
        assertThat(questions.count()).isEqualTo(before);
    }

    @Test
    void correctingTheFormClearsTheErrorsAndSendingShowsAndAnnouncesTheReference() {
        navigate("en/ask");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("ask-send")));
        fill("Anna Petrova", "anna@example.org", "When do applications for exchanges open?");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("ask-send")));

        String reference = _get(Span.class, spec -> spec.withId("ask-reference")).getText();
        assertThat(reference).matches("Q-\\d{4}-\\d{5}");
        assertThat(_get(H2.class, spec -> spec.withId("ask-sent-heading")).getText())
                .isEqualTo("Thank you, your question has been sent");
        assertThat(_find(Section.class, spec -> spec.withId("ask-errors"))).isEmpty();
        assertThat(_get(Announcer.class).getText())
                .isEqualTo("Your question has been sent. Reference number " + reference + ".");
        Question stored = questions.findByReference(reference).orElseThrow();
        assertThat(stored.getEmail()).isEqualTo("anna@example.org");
        assertThat(stored.getTopic()).isEqualTo(QuestionTopic.PARTNERSHIPS);
    }

    @Test
    void theCounterSaysHowManyCharactersAreLeft() {
        navigate("en/ask");
        TextArea text = _get(TextArea.class);
        assertThat(text.getHelperText()).isEqualTo("2,000 of 2,000 characters left");

        text.setValue("Hello");

        assertThat(text.getHelperText()).isEqualTo("1,995 of 2,000 characters left");
        assertThat(text.getMaxLength()).isEqualTo(2000);
    }

    @Test
    void aFilledHoneypotIsRefusedWithAMessageAndKeepsWhatWasTyped() {
        navigate("en/ask");
        long before = questions.count();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("ask-send")));
        fill("Robot", "robot@example.org", "Buy now");
        _get(Input.class, spec -> spec.withId("ask-website")).setValue("https://spam.example");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("ask-send")));

        Section summary = _get(Section.class, spec -> spec.withId("ask-errors"));
        assertThat(_get(summary, H2.class).getText()).isEqualTo("The question was not sent");
        assertThat(_get(TextField.class, spec -> spec.withId("ask-full-name")).getValue()).isEqualTo("Robot");
        assertThat(_get(TextField.class, spec -> spec.withId("ask-full-name")).isInvalid())
                .as("earlier field errors are cleared").isFalse();
        assertThat(questions.count()).isEqualTo(before);
    }

    @Test
    void theConsentLinksToThePolicyAndTheFormLinksToTheFaq() {
        navigate("en/ask");

        assertThat(_get(Anchor.class, spec -> spec.withText("personal data policy")).getHref()).isEqualTo("en/privacy");
        assertThat(_get(Anchor.class, spec -> spec.withText("frequently asked questions")).getHref()).isEqualTo("en/faq");
        assertThat(_get(Input.class, spec -> spec.withId("ask-website")).getElement().getAttribute("tabindex"))
                .isEqualTo("-1");
    }

    static void fill(String name, String email, String question) {
        _get(TextField.class, spec -> spec.withId("ask-full-name")).setValue(name);
        _get(EmailField.class).setValue(email);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<QuestionTopic> topic = _get(RadioButtonGroup.class);
        topic.setValue(QuestionTopic.PARTNERSHIPS);
        _get(TextArea.class).setValue(question);
        _get(Checkbox.class).setValue(true);
    }
}
