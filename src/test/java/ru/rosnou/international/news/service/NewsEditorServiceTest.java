package ru.rosnou.international.news.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import ru.rosnou.international.SampleArticles;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.news.domain.ArticleRepository;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class NewsEditorServiceTest {

    @Autowired
    NewsEditorService editor;

    @Autowired
    NewsService news;

    @Autowired
    ArticleRepository articles;

    @Test
    void aSavedAndPublishedArticleAppearsOnThePublicSiteWithItsBodyCleaned() {
        ArticleDraft draft = draft("webinar-on-japanese-internships", "<b>Webinar</b> on internships");
        draft.setBody("<p onclick=\"x()\">Hello <script>alert(1)</script><em>world</em></p><img src=x onerror=y>");
        draft.setTopics(Set.of("japan", "internships"));
        draft.setPublished(true);

        NewsEditorService.SaveResult result = editor.save(draft);

        assertThat(result.problems().byField()).isEmpty();
        ArticleDetails shown =
                news.article(Language.EN, "webinar-on-japanese-internships").orElseThrow();
        assertThat(shown.title()).isEqualTo("<b>Webinar</b> on internships");
        assertThat(shown.bodyBeforeAboutHtml()).isEqualTo("<p>Hello <em>world</em></p>");
        assertThat(articles.findById(result.id()).orElseThrow().getBody())
                .as("cleaned on save, not only on show")
                .isEqualTo("<p>Hello <em>world</em></p>");
        assertThat(shown.topics()).extracting(TopicName::slug).containsExactly("internships", "japan");
        assertThat(news.list(Language.EN, new NewsFilter(2026, null), 1).items())
                .extracting(a -> a.slug())
                .contains("webinar-on-japanese-internships");

        editor.setPublished(result.id(), false);
        assertThat(news.article(Language.EN, "webinar-on-japanese-internships")).isEmpty();
        editor.delete(result.id());
        assertThat(articles.findById(result.id())).isEmpty();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        long before = articles.count();
        ArticleDraft draft = new ArticleDraft();
        draft.setLanguage(Language.EN);
        draft.setTitle("x".repeat(501));
        draft.setSlug("Not A Slug!");
        draft.setBody("<script>only a script</script>");
        draft.setAboutTitle("About without text");

        NewsEditorService.SaveResult result = editor.save(draft);

        assertThat(result.id()).isNull();
        assertThat(result.problems().byField()).containsOnlyKeys("title", "slug", "date", "lead", "body", "about");
        assertThat(articles.count()).isEqualTo(before);

        ArticleDraft taken = draft(SampleArticles.SEED_SLUG, "A copy");
        assertThat(editor.save(taken).problems().byField()).containsEntry("slug", "editor.news.error.slug.taken");
    }

    @Test
    void anArticleBecomesTheTranslationOfAStoryInTheOtherLanguage() {
        long russianOnly = articles.findAll().stream()
                .filter(a -> a.getSlug().equals("otkryt-priem-zayavok-na-programmy-obmena-s-yaponskimi-universitetami"))
                .findFirst()
                .orElseThrow()
                .getId();
        ArticleDraft english = draft("applications-for-exchanges-open", "Applications for exchanges open");
        english.setTranslationOf(russianOnly);
        english.setPublished(true);

        assertThat(editor.save(english).problems().byField()).isEmpty();

        ArticleDetails russian = news.article(
                        Language.RU, "otkryt-priem-zayavok-na-programmy-obmena-s-yaponskimi-universitetami")
                .orElseThrow();
        assertThat(news.translation(russian)).map(a -> a.slug()).contains("applications-for-exchanges-open");

        ArticleDraft second = draft("another-translation", "Another translation");
        second.setTranslationOf(russianOnly);
        assertThat(editor.save(second).problems().byField())
                .containsEntry("translation", "editor.news.error.translation");
    }

    @Test
    void imagesNeedAltTextUnlessDecorativeAndMustBeOurOwn() {
        ArticleDraft undescribed = draft("pictured-story", "Pictured story");
        undescribed.getImages().add(new ArticleDraft.ImageDraft("/media/AAAAAAAAAAAAAAAAAAAAAA", " ", false, ""));
        assertThat(editor.save(undescribed).problems().byField())
                .containsEntry("images", "editor.news.image.error.alt");

        ArticleDraft foreign = draft("pictured-story", "Pictured story");
        foreign.getImages().add(new ArticleDraft.ImageDraft("https://evil.example/x.png", "A picture", false, ""));
        assertThat(editor.save(foreign).problems().byField()).containsKey("images");

        ArticleDraft good = draft("pictured-story", "Pictured story");
        good.setPublished(true);
        good.getImages()
                .add(new ArticleDraft.ImageDraft(
                        "/media/AAAAAAAAAAAAAAAAAAAAAA", "Students in Sapporo", false, "Sapporo, 2019"));
        good.getImages().add(new ArticleDraft.ImageDraft("/media/BBBBBBBBBBBBBBBBBBBBBB", "ignored", true, ""));
        assertThat(editor.save(good).problems().byField()).isEmpty();
        ArticleDetails shown = news.article(Language.EN, "pictured-story").orElseThrow();
        assertThat(shown.images())
                .containsExactly(
                        new ArticleDetails.Image(
                                "/media/AAAAAAAAAAAAAAAAAAAAAA", "Students in Sapporo", false, "Sapporo, 2019"),
                        new ArticleDetails.Image("/media/BBBBBBBBBBBBBBBBBBBBBB", "", true, ""));
    }

    private static ArticleDraft draft(String slug, String title) {
        ArticleDraft draft = new ArticleDraft();
        draft.setLanguage(Language.EN);
        draft.setSlug(slug);
        draft.setTitle(title);
        draft.setPublishedOn(LocalDate.of(2026, 11, 20));
        draft.setLead("A lead.");
        draft.setBody("<p>Text.</p>");
        return draft;
    }
}
