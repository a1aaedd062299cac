package ru.rosnou.international.news.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.rosnou.international.KaribuTest;
import ru.rosnou.international.SampleArticles;
import ru.rosnou.international.base.ui.FigCaption;
import ru.rosnou.international.base.ui.Time;
import ru.rosnou.international.site.NotFoundView;

class ArticleViewTest extends KaribuTest {

    @Test
    void theSeedArticleShowsTitleDateBodyAboutBoxTopicsAndTranslation() {
        navigate(SampleArticles.SEED_EN_PATH);

        assertThat(_get(H1.class).getText()).isEqualTo(SampleArticles.SEED_EN_TITLE);
        Time date = _find(Time.class).get(0);
        assertThat(date.getElement().getAttribute("datetime")).isEqualTo("2020-09-25");
        assertThat(date.getElement().getText()).isEqualTo("25 September 2020");
        assertThat(_find(_get(ArticleView.class), Html.class).get(0).getInnerHtml())
                .contains("The round table was attended");
        Section about = _get(Section.class, spec -> spec.withClasses("article-about"));
        assertThat(_get(about, H2.class).getText())
                .isEqualTo("Association of Japanese and Russian Universities: About");
        assertThat(about.getElement().getAttribute("aria-labelledby")).isEqualTo("about-heading");
        assertThat(_get(Anchor.class, spec -> spec.withText("Japan")).getHref()).isEqualTo("en?topic=japan");
        // A heading names the topics, so that a topic's link (the news of the Association) is told from the main
        // navigation's link of the same name (the Association's page).
        Section topics = _get(Section.class, spec -> spec.withClasses("article-topics"));
        assertThat(_get(topics, H2.class).getText()).isEqualTo("Topics");
        assertThat(topics.getElement().getAttribute("aria-labelledby"))
                .isEqualTo(_get(topics, H2.class).getId().orElseThrow());
        assertThat(topics.getElement().getTextRecursively())
                .as("the word is there once")
                .startsWith("Topics")
                .containsOnlyOnce("Topics");
        Anchor translation = _get(Anchor.class, spec -> spec.withText("Читать на русском"));
        assertThat(translation.getHref()).isEqualTo(SampleArticles.SEED_RU_PATH);
        assertThat(translation.getElement().getAttribute("hreflang")).isEqualTo("ru");
        assertThat(translation.getElement().getAttribute("lang")).isEqualTo("ru");
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo(SampleArticles.SEED_EN_TITLE + " — RosNOU International");
    }

    @Test
    void relatedReadingIsALabelledComplementaryRegionOfFourOtherArticles() {
        navigate(SampleArticles.SEED_EN_PATH);

        Aside related = _get(Aside.class);
        assertThat(related.getElement().getAttribute("aria-labelledby")).isEqualTo("related-heading");
        assertThat(_get(related, H2.class).getText()).isEqualTo("Related reading");
        List<Anchor> links = _find(related, Anchor.class);
        assertThat(links)
                .hasSize(4)
                .extracting(Anchor::getHref)
                .allMatch(href -> href.startsWith("en/info-center/inform/"))
                .doesNotContain(SampleArticles.SEED_EN_PATH);
    }

    @Test
    void theRussianVersionIsInRussian() {
        navigate(SampleArticles.SEED_RU_PATH);

        assertThat(_get(H1.class).getText()).isEqualTo(SampleArticles.SEED_RU_TITLE);
        assertThat(_find(Time.class).get(0).getElement().getText()).isEqualTo("25 сентября 2020 г.");
        assertThat(_get(_get(Aside.class), H2.class).getText()).isEqualTo("Читайте также");
        assertThat(_get(Anchor.class, spec -> spec.withText("Read in English")).getHref())
                .isEqualTo(SampleArticles.SEED_EN_PATH);
    }

    @Test
    void informativeImagesHaveAltTextAndCaptions() {
        navigate("en/info-center/inform/v-rosnou-otkrylsya-tsentr-stran-tikhookeanskogo-regiona");

        Image image = _get(Image.class);
        assertThat(image.getSrc()).isEqualTo("/images/news/pacific-rim-center.svg");
        assertThat(image.getAlt()).hasValueSatisfying(alt -> assertThat(alt).isNotBlank());
        assertThat(_get(FigCaption.class).getElement().getTextRecursively()).isNotBlank();
    }

    @Test
    void decorativeImagesHaveEmptyAltAndNoCaption() {
        navigate("en/info-center/inform/otkryt-nabor-na-kursy-yaponskogo-yazyka");

        Image image = _get(Image.class);
        assertThat(image.getAlt()).contains("");
        assertThat(image.getClassNames()).contains("decorative");
        assertThat(_find(FigCaption.class)).isEmpty();
    }

    @Test
    void aRussianOnlyArticleLeadsTheLanguageSwitchToTheEnglishHomeAndSaysSo() {
        navigate("info-center/inform/otkryt-priem-zayavok-na-programmy-obmena-s-yaponskimi-universitetami");

        assertThat(_find(Anchor.class, spec -> spec.withText("Read in English")))
                .isEmpty();
        Anchor languageLink = _get(Anchor.class, spec -> spec.withClasses("language-link"));
        assertThat(languageLink.getHref()).isEqualTo("en");
        assertThat(languageLink.getText()).isEqualTo("English");
        assertThat(languageLink.getElement().getAttribute("aria-describedby")).isEqualTo("language-note");
        assertThat(_get(Span.class, spec -> spec.withId("language-note")).getText())
                .isEqualTo(
                        "Эта страница не переведена на английский язык: ссылка ведёт на главную страницу английской версии.");
    }

    @Test
    void anUnknownSlugShowsTheNotFoundPageInTheAddressLanguage() {
        navigate("en/info-center/inform/no-such-article");

        assertThat(_get(NotFoundView.class)).isNotNull();
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(_get(Anchor.class, spec -> spec.withText("Go to the news home page"))
                        .getHref())
                .isEqualTo("en");

        navigate("info-center/inform/no-such-article");
        assertThat(_get(H1.class).getText()).isEqualTo("Страница не найдена");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Страница не найдена — ");
    }
}
