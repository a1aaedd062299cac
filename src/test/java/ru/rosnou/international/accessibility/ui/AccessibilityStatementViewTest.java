package ru.rosnou.international.accessibility.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import ru.rosnou.international.KaribuTest;

/** The accessibility statement: what public-sector statements say, linked from every footer, in both languages. */
class AccessibilityStatementViewTest extends KaribuTest {

    @Test
    void theStatementSaysWhatItMeetsHowItIsTestedAndHowToReportAProblem() {
        navigate("en/accessibility");

        assertThat(_get(H1.class).getText()).isEqualTo("Accessibility statement");
        AccessibilityStatementView statement = _get(AccessibilityStatementView.class);
        assertThat(_find(statement, H2.class))
                .extracting(H2::getText)
                .containsExactly(
                        "How accessible this site is",
                        "The version for the visually impaired",
                        "Using the site by keyboard",
                        "Known exceptions",
                        "How we test the site",
                        "Reporting a problem");
        assertThat(_find(statement, Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("WCAG) 2.2 at level AA") && text.contains("GOST R 52872-2019"))
                .contains("This statement was last reviewed on 1 December 2026.");
        Anchor report = _get(Anchor.class, spec -> spec.withText("Report an accessibility problem"));
        assertThat(report.getHref()).isEqualTo("en/ask?topic=accessibility");
        // An e-mail address too, for readers who cannot use a form; and the 44 px promise with its one exception.
        Anchor email = _get(statement, Anchor.class, spec -> spec.withText("international@example.org"));
        assertThat(email.getHref()).isEqualTo("mailto:international@example.org");
        assertThat(_find(statement, ListItem.class))
                .extracting(ListItem::getText)
                .anyMatch(text -> text.contains("44 by 44 pixels") && text.contains("WCAG 2.5.8"))
                .anyMatch(text -> text.contains("Listen needs JavaScript"));
        assertThat(_get(Anchor.class, spec -> spec.withClasses("footer-accessibility"))
                        .getHref())
                .isEqualTo("en/accessibility");

        navigate("accessibility");
        assertThat(_get(H1.class).getText()).isEqualTo("Заявление о доступности");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("footer-accessibility"))
                        .getText())
                .isEqualTo("Заявление о доступности");
    }

    @Test
    void theReportLinkOpensTheQuestionFormWithItsTopicChosen() {
        navigate("en/ask?topic=accessibility");

        assertThat(_get(Input.class, spec -> spec.withId("ask-topic-accessibility"))
                        .getElement()
                        .hasAttribute("checked"))
                .isTrue();
        assertThat(_get(Input.class, spec -> spec.withId("ask-topic-other"))
                        .getElement()
                        .hasAttribute("checked"))
                .isFalse();
    }
}
