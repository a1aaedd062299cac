package ru.rosnou.international.questions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rosnou.international.KaribuTest;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.Time;
import ru.rosnou.international.questions.domain.Question;
import ru.rosnou.international.questions.domain.QuestionRepository;
import ru.rosnou.international.questions.domain.QuestionTopic;

class FaqViewTest extends KaribuTest {

    @Autowired
    QuestionRepository questions;

    @Test
    void publishedAnswersAreGroupedByTopicAndDatedInTheReadersLanguage() {
        navigate("en/faq");

        assertThat(_get(H1.class).getText()).isEqualTo("Frequently asked questions");
        assertThat(_find(_get(FaqView.class), H2.class))
                .extracting(H2::getText)
                .containsExactly("Exchanges and academic mobility", "Internships and training abroad");
        assertThat(_find(_get(FaqView.class), H3.class))
                .extracting(H3::getText)
                .contains("How can I apply for an exchange semester at a Japanese university?");
        assertThat(_find(Time.class).get(0).getElement().getText()).isEqualTo("15 March 2021");

        navigate("faq");
        assertThat(_get(H1.class).getText()).isEqualTo("Часто задаваемые вопросы");
        assertThat(_find(Time.class).get(0).getElement().getText()).isEqualTo("15 марта 2021 г.");
    }

    @Test
    void markupInAPublishedQuestionAndAnswerIsShownAsText() {
        Question hostile = new Question(
                "Q-2026-99999",
                Language.EN,
                "<b>x</b>",
                "x@example.org",
                QuestionTopic.OTHER,
                "<img src=x onerror=alert(1)>Is it safe?",
                Instant.parse("2026-01-01T10:00:00Z"));
        hostile.answer(
                "<script>alert(2)</script>Yes.",
                Instant.parse("2026-01-02T10:00:00Z"),
                true,
                Language.EN,
                "<img src=x onerror=alert(1)>Is it safe?");
        questions.save(hostile);
        try {
            navigate("en/faq");

            H3 question = _get(H3.class, spec -> spec.withText("<img src=x onerror=alert(1)>Is it safe?"));
            assertThat(question.getElement().getChildren())
                    .as("no element was made from the text")
                    .allMatch(Element::isTextNode);
            assertThat(_get(FaqView.class).getElement().getTextRecursively()).contains("<script>alert(2)</script>Yes.");
        } finally {
            questions.delete(hostile);
        }
    }
}
