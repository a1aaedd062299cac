package ru.rosnou.international.questions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rosnou.international.KaribuTest;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.questions.domain.Question;
import ru.rosnou.international.questions.domain.QuestionRepository;
import ru.rosnou.international.questions.domain.QuestionStatus;
import ru.rosnou.international.questions.service.QuestionDraft;
import ru.rosnou.international.questions.service.QuestionService;
import ru.rosnou.international.questions.service.SubmissionResult;
import ru.rosnou.international.security.ui.LoginView;

class QuestionInboxViewTest extends KaribuTest {

    @Autowired
    QuestionService service;

    @Autowired
    QuestionRepository questions;

    @Test
    void theInboxNeedsALogin() {
        navigate("editor/questions");
        assertThat(_get(LoginView.class)).isNotNull();
    }

    @Test
    void anEditorAnswersPublishesInTheFaqAndMarksAQuestionHandledNothingIsDeleted() {
        String reference = ask("<script>alert('inbox')</script>Can I study in Sapporo?");
        Question question = questions.findByReference(reference).orElseThrow();
        long total = questions.count();
        login("editor1", "EDITOR");
        navigate("en/editor/questions");

        assertThat(_get(H2.class, spec -> spec.withId("question-" + question.getId()))
                        .getText())
                .startsWith(reference);
        assertThat(_find(
                        Paragraph.class,
                        spec -> spec.withText("<script>alert('inbox')</script>Can I study in Sapporo?")))
                .as("the reader's text is shown as text")
                .hasSize(1);
        assertThat(_get(
                                Paragraph.class,
                                spec -> spec.withText("<script>alert('inbox')</script>Can I study in Sapporo?"))
                        .getElement()
                        .getAttribute("lang"))
                .as("in the voice of its own language")
                .isEqualTo("en");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("save-" + question.getId())));
        Paragraph problems = _get(Paragraph.class, spec -> spec.withId("answer-problems-" + question.getId()));
        assertThat(problems.getText()).isEqualTo("Write the answer.");
        TextArea answerField = _get(TextArea.class, spec -> spec.withId("answer-" + question.getId()));
        assertThat(answerField.isInvalid()).as("the error is on the field too").isTrue();
        assertThat(answerField.getErrorMessage()).isEqualTo("Write the answer.");
        assertThat(questions.findByReference(reference).orElseThrow().getStatus())
                .isEqualTo(QuestionStatus.NEW);

        _get(TextArea.class, spec -> spec.withId("answer-" + question.getId()))
                .setValue("Yes: Hokkaido University in Sapporo is a partner.");
        _get(Checkbox.class, spec -> spec.withId("publish-" + question.getId())).setValue(true);
        _get(TextArea.class, spec -> spec.withId("faq-question-" + question.getId()))
                .setValue("Can I study in Sapporo?");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("save-" + question.getId())));

        long stillNew = questions.countByStatus(QuestionStatus.NEW);
        assertThat(_find(Anchor.class, spec -> spec.withText("New (" + stillNew + ")")))
                .as("the count follows the inbox")
                .hasSize(1);
        Question answered = questions.findByReference(reference).orElseThrow();
        assertThat(answered.getStatus()).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(answered.isFaqPublished()).isTrue();
        assertThat(answered.getFaqLanguage()).isEqualTo(ru.rosnou.international.base.i18n.Language.EN);

        navigate("en/editor/questions?status=ANSWERED");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("handled-" + question.getId())));
        assertThat(questions.findByReference(reference).orElseThrow().getStatus())
                .isEqualTo(QuestionStatus.HANDLED);
        assertThat(questions.count()).isEqualTo(total);

        navigate("en/faq");
        assertThat(_find(H3.class, spec -> spec.withText("Can I study in Sapporo?")))
                .hasSize(1);
        navigate("faq");
        assertThat(_find(H3.class, spec -> spec.withText("Can I study in Sapporo?")))
                .as("only in English")
                .isEmpty();

        assertThat(service.answer(question.getId(), "Yes.", false, null, null).isEmpty())
                .isTrue();
        assertThat(questions.findByReference(reference).orElseThrow().getStatus())
                .as("changing the answer does not reopen it")
                .isEqualTo(QuestionStatus.HANDLED);
        assertThat(questions.findByReference(reference).orElseThrow().isFaqPublished())
                .isFalse();
    }

    private String ask(String text) {
        QuestionDraft draft = new QuestionDraft();
        draft.setFullName("Reader");
        draft.setEmail("reader@example.org");
        draft.setTopic(ru.rosnou.international.questions.domain.QuestionTopic.ACADEMIC_MOBILITY);
        draft.setText(text);
        draft.setConsent(true);
        SubmissionResult result =
                service.submit(draft, Language.EN, "inbox-test", Instant.now().minusSeconds(60));
        return ((SubmissionResult.Accepted) result).reference();
    }
}
