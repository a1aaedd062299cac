package ru.rosnou.international.site;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.rosnou.international.KaribuTest;
import ru.rosnou.international.SampleArticles;
import ru.rosnou.international.base.ui.Announcer;

class MainLayoutTest extends KaribuTest {

    @Test
    void everyPageHasTheLandmarksInOrderWithTheSkipLinkFirst() {
        navigate("en");

        MainLayout layout = _get(MainLayout.class);
        List<String> children =
                layout.getChildren().map(c -> c.getElement().getTag()).toList();
        assertThat(children).containsExactly("a", "header", "nav", "main", "footer", "div");
        Anchor skip = (Anchor) layout.getChildren().findFirst().orElseThrow();
        assertThat(skip.getText()).isEqualTo("Skip to main content");
        assertThat(skip.getHref())
                .as("the page's own address, which Vaadin's <base href> resolves to this page")
                .isEqualTo("en#main-content");
        assertThat(_get(Main.class).getId()).contains("main-content");
        assertThat(_get(Main.class).getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(_get(Header.class).getElement().toString()).contains("id=\"accessibility-toolbar\"");
    }

    @Test
    void theHeaderLinksHomeAndThePrimaryNavigationMarksTheCurrentPage() {
        navigate("en/association");

        Anchor siteName = _get(Anchor.class, spec -> spec.withClasses("site-name"));
        assertThat(siteName.getHref()).isEqualTo("en");
        Nav primary = _get(Nav.class, spec -> spec.withClasses("site-nav"));
        assertThat(primary.getElement().getAttribute("aria-label")).isEqualTo("Main");
        assertThat(_get(
                                primary,
                                Anchor.class,
                                spec -> spec.withText("Association of Japanese and Russian Universities"))
                        .getElement()
                        .getAttribute("aria-current"))
                .isEqualTo("page");
        assertThat(_get(primary, Anchor.class, spec -> spec.withText("News"))
                        .getElement()
                        .getAttribute("aria-current"))
                .isNull();
    }

    @Test
    void theFooterHasContactsSocialProfilesAndAskAQuestion() {
        navigate("en");

        Footer footer = _get(Footer.class);
        assertThat(footer.getElement().getTextRecursively()).contains("22 Radio Street");
        List<Anchor> social = _find(
                footer,
                Anchor.class,
                spec -> spec.withPredicate(a -> a.getText().startsWith("РосНОУ")));
        assertThat(social)
                .extracting(Anchor::getText)
                .containsExactly("РосНОУ во ВКонтакте", "РосНОУ в Telegram", "РосНОУ на RuTube");
        assertThat(social)
                .allSatisfy(link ->
                        assertThat(link.getElement().getAttribute("lang")).isEqualTo("ru"));
        assertThat(social).allSatisfy(link -> assertThat(link.getHref()).startsWith("https://"));
        assertThat(_get(footer, Anchor.class, spec -> spec.withText("Ask a question"))
                        .getHref())
                .isEqualTo("en/ask");
    }

    @Test
    void theLanguageSwitchLeadsToTheTranslationAndTheChromeFollowsTheLanguage() {
        navigate(SampleArticles.SEED_EN_PATH);
        Anchor languageLink = _get(Anchor.class, spec -> spec.withClasses("language-link"));
        assertThat(languageLink.getText()).isEqualTo("Русский");
        assertThat(languageLink.getHref()).isEqualTo(SampleArticles.SEED_RU_PATH);
        assertThat(languageLink.getElement().getAttribute("lang")).isEqualTo("ru");
        assertThat(languageLink.getElement().getAttribute("hreflang")).isEqualTo("ru");
        assertThat(_find(Span.class, spec -> spec.withId("language-note")))
                .as("no note when a translation exists")
                .isEmpty();

        navigate(SampleArticles.SEED_RU_PATH);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ru");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("skip-link")).getText())
                .isEqualTo("Перейти к основному содержанию");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("language-link")).getHref())
                .isEqualTo(SampleArticles.SEED_EN_PATH);
        assertThat(_get(Footer.class).getElement().getTextRecursively()).contains("Задать вопрос");
    }

    @Test
    void afterAnInAppNavigationTheNewTitleIsAnnounced() {
        navigate("en");
        navigate(SampleArticles.SEED_EN_PATH);

        assertThat(_get(Announcer.class).getText()).isEqualTo(SampleArticles.SEED_EN_TITLE + " — RosNOU International");
        assertThat(_get(H1.class).getText()).isEqualTo(SampleArticles.SEED_EN_TITLE);
    }
}
