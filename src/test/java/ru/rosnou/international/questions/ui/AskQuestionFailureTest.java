package ru.rosnou.international.questions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import ru.rosnou.international.KaribuTest;
import ru.rosnou.international.questions.service.QuestionService;

/** When storing fails, the reader sees a clear message, no stack trace, and keeps everything typed. */
class AskQuestionFailureTest extends KaribuTest {

    @MockitoSpyBean
    QuestionService questions;

    @Test
    void aStorageFailureShowsAnErrorAndKeepsTheForm() {
        doThrow(new DataAccessResourceFailureException("database unavailable"))
                .when(questions).submit(any(), any(), any(), any());
        navigate("en/ask");
        AskQuestionViewTest.fill("Anna Petrova", "anna@example.org", "A long and careful question.");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("ask-send")));

        Section summary = _get(Section.class, spec -> spec.withId("ask-errors"));
        assertThat(_get(summary, H2.class).getText()).isEqualTo("The question was not sent");
        assertThat(_get(summary, Paragraph.class).getText()).startsWith("We could not send your question just now.")
                .doesNotContain("database");
        assertThat(_get(TextField.class, spec -> spec.withId("ask-full-name")).getValue()).isEqualTo("Anna Petrova");
        assertThat(_get(EmailField.class).getValue()).isEqualTo("anna@example.org");
        assertThat(_get(TextArea.class).getValue()).isEqualTo("A long and careful question.");
        assertThat(_get(Checkbox.class).getValue()).isTrue();
    }
}
