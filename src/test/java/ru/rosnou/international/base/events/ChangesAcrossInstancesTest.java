package ru.rosnou.international.base.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.news.service.ArticleDraft;
import ru.rosnou.international.news.service.NewsEditorService;
import ru.rosnou.international.news.service.NewsFilter;
import ru.rosnou.international.news.service.NewsService;

/**
 * Two instances on one database: what one changes, the other shows once it has looked for changes (every second
 * on the site; called directly here). The other instance is played by SQL on the shared database.
 */
@SpringBootTest
@ActiveProfiles("test")
class ChangesAcrossInstancesTest {

    @Autowired
    ChangesAcrossInstances changes;

    @Autowired
    NewsService news;

    @Autowired
    NewsEditorService editor;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aChangeSavedHereRaisesTheSharedCounterInItsTransaction() {
        long before = version();
        ArticleDraft draft = new ArticleDraft();
        draft.setLanguage(Language.EN);
        draft.setSlug("counted-change");
        draft.setTitle("Counted change");
        draft.setPublishedOn(LocalDate.of(2026, 1, 5));
        draft.setLead("A lead.");
        draft.setBody("<p>Text.</p>");
        draft.setPublished(true);
        long id = editor.save(draft).id();
        try {
            assertThat(version()).isGreaterThan(before);
        } finally {
            editor.delete(id);
        }
    }

    @Test
    void listsKeptHereAreDrawnAnewOnceAnotherInstanceHasChangedTheNews() {
        changes.lookForChanges();
        long shown = news.list(Language.EN, NewsFilter.NONE, 1).totalItems();
        // Another instance publishes an article: its row and its raise of the counter, nothing on this instance.
        jdbc.update("""
                insert into article (story_key, language, slug, title, published_on, lead, body, published)
                values ('elsewhere', 'en', 'published-elsewhere', 'Published elsewhere', date '2026-01-06', 'Lead',
                        '<p>Text</p>', true)""");
        try {
            assertThat(news.list(Language.EN, NewsFilter.NONE, 1).totalItems())
                    .as("kept until told")
                    .isEqualTo(shown);
            jdbc.update("update content_change set version = version + 1 where id = 1");

            changes.lookForChanges();

            assertThat(news.list(Language.EN, NewsFilter.NONE, 1).totalItems()).isEqualTo(shown + 1);
        } finally {
            jdbc.update("delete from article where story_key = 'elsewhere'");
            jdbc.update("update content_change set version = version + 1 where id = 1");
            changes.lookForChanges();
        }
    }

    private long version() {
        return jdbc.queryForObject("select version from content_change where id = 1", Long.class);
    }
}
