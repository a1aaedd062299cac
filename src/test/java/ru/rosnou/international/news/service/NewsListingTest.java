package ru.rosnou.international.news.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.news.service.NewsEditorService.EditorArticle;
import ru.rosnou.international.news.service.NewsEditorService.EditorArticlePage;

/** The editors' list a page at a time, and the public lists' years, topics and totals kept current. */
@SpringBootTest
@ActiveProfiles("test")
class NewsListingTest {

    @Autowired
    NewsEditorService editor;

    @Autowired
    NewsService news;

    @Test
    void theEditorsListComesAPageAtATimeNewestFirst() {
        EditorArticlePage first = editor.list("", 1);
        EditorArticlePage second = editor.list("", 2);

        assertThat(first.items()).hasSize(NewsEditorService.LIST_PAGE_SIZE);
        assertThat(first.totalItems()).isEqualTo(32);
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(second.items()).hasSize(7);
        assertThat(first.items().get(first.items().size() - 1).publishedOn())
                .isAfterOrEqualTo(second.items().get(0).publishedOn());
        assertThat(editor.list("", 99).number())
                .as("a page past the end gives the last")
                .isEqualTo(2);
    }

    @Test
    void editorsFindArticlesByWordsOfTheTitleInEitherLanguageAndCase() {
        assertThat(editor.list("CONGRESS", 1).items())
                .extracting(EditorArticle::title)
                .hasSize(3)
                .allMatch(title -> title.contains("Congress"));
        assertThat(editor.list("конгресс", 1).items()).hasSize(3);
        assertThat(editor.list("100%_\\", 1).items())
                .as("wildcards are taken literally")
                .isEmpty();
        assertThat(editor.findByTitle("japanese language", 0, 10))
                .extracting(EditorArticle::language)
                .containsOnly(Language.EN);
    }

    @Test
    void publishingShowsAtOnceInTheYearsAndTotalsOfThePublicList() {
        long totalBefore = news.list(Language.EN, NewsFilter.NONE, 1).totalItems();
        assertThat(news.years(Language.EN)).doesNotContain(2031);

        ArticleDraft draft = new ArticleDraft();
        draft.setLanguage(Language.EN);
        draft.setSlug("listing-test-2031");
        draft.setTitle("A story from 2031");
        draft.setPublishedOn(LocalDate.of(2031, 5, 1));
        draft.setLead("Lead");
        draft.setBody("<p>Body</p>");
        draft.setPublished(true);
        long id = editor.save(draft).id();
        try {
            assertThat(news.years(Language.EN)).first().isEqualTo(2031);
            assertThat(news.list(Language.EN, NewsFilter.NONE, 1).totalItems()).isEqualTo(totalBefore + 1);
            assertThat(news.list(Language.EN, new NewsFilter(2031, null), 1).items())
                    .extracting(a -> a.slug())
                    .containsExactly("listing-test-2031");

            editor.setPublished(id, false);
            assertThat(news.years(Language.EN)).doesNotContain(2031);
            assertThat(news.list(Language.EN, NewsFilter.NONE, 1).totalItems()).isEqualTo(totalBefore);
        } finally {
            editor.delete(id);
        }
    }
}
