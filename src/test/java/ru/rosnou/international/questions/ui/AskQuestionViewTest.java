package ru.rosnou.international.questions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import ru.rosnou.international.KaribuTest;

class AskQuestionViewTest extends KaribuTest {

    @Test
    void theAskPageExistsInBothLanguagesAndLinksToItsTranslation() {
        navigate("en/ask");
        assertThat(_get(H1.class).getText()).isEqualTo("Ask a question");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("language-link")).getHref()).isEqualTo("ask");

        navigate("ask");
        assertThat(_get(H1.class).getText()).isEqualTo("Задать вопрос");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Задать вопрос — ");
    }
}
