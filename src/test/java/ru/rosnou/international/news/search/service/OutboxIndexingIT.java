package ru.rosnou.international.news.search.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import ru.rosnou.international.Application;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.news.service.ArticleDraft;
import ru.rosnou.international.news.service.NewsEditorService;
import ru.rosnou.international.news.service.NewsFilter;

/**
 * Indexing that survives an instance's death, with the shared index (bin/test's OpenSearch run): a change committed
 * on instance A leaves its indexing event in the database in the same transaction, and instance B indexes it. A is
 * this test's context with its event processor off, as if it had been killed right after the commit; B is a second
 * instance of the site started on the same database. Then the time from a commit on A to the change being found
 * is printed (the goal: p95 within 2 s).
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=" + OutboxIndexingIT.DATABASE,
            "spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false"
        })
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "spring.profiles.include", matches = ".*opensearch.*")
@DirtiesContext
class OutboxIndexingIT {

    /** A database of this class's own: no other test context's processor takes the events. */
    static final String DATABASE = "jdbc:h2:mem:outbox-indexing;DB_CLOSE_DELAY=-1";

    private static final int EDITS = 20;
    private static final Duration AT_MOST = Duration.ofSeconds(60);

    private static ConfigurableApplicationContext instanceB;

    @Autowired
    NewsEditorService editor;

    @Autowired
    NewsSearch search;

    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @Test
    void aChangeCommittedOnAIsQueuedWithItAndIndexedByB() {
        long id = save(null, "Quokka census");
        assertThat(jdbc.queryForObject(
                        "select count(*) from hsearch_outbox_event where entity_name like '%Article' and entity_id = ?",
                        Long.class, String.valueOf(id)))
                .as("the article's indexing event, committed with it")
                .isEqualTo(1);
        assertThat(titleFound("quokka")).as("no instance has indexed it yet").isNull();

        instanceB = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run(
                        "--spring.datasource.url=" + DATABASE,
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.jpa.properties.hibernate.search.schema_management.strategy=create-or-validate",
                        "--spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=true");

        long waited = untilFound("Quokka census");
        assertThat(SearchCaughtUp.pending(jdbc))
                .as("B deleted the events it indexed")
                .isZero();
        System.out.printf("Indexed by instance B %d ms after B was ready%n", waited);

        List<Long> delays = new ArrayList<>();
        for (int i = 1; i <= EDITS; i++) {
            String title = "Quokka census " + i;
            save(id, title);
            delays.add(untilFound(title));
        }
        List<Long> sorted = delays.stream().sorted().toList();
        long p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
        System.out.printf(
                "From a commit on A to searchable through B (%d edits): median %d ms, p95 %d ms, max %d ms%n",
                EDITS, sorted.get(sorted.size() / 2), p95, sorted.get(sorted.size() - 1));
        // The figure is printed, not asserted: a busy machine must not turn a speed goal into a red build (each edit
        // must still be found within AT_MOST). bench/cluster.sh prints the same delay between two real instances.

        editor.delete(id);
        untilGone("quokka");
    }

    /** Saves a new article (id null) or a new title for one, committed when this returns. */
    private long save(Long id, String title) {
        ArticleDraft draft;
        if (id == null) {
            draft = new ArticleDraft();
            draft.setLanguage(Language.EN);
            draft.setSlug("outbox-quokka");
            draft.setPublishedOn(LocalDate.of(2025, 5, 1));
            draft.setLead("Volunteers counted the animals.");
            draft.setBody("<p>On the island.</p>");
            draft.setTopics(Set.of());
            draft.setPublished(true);
        } else {
            draft = editor.draft(id).orElseThrow();
        }
        draft.setTitle(title);
        NewsEditorService.SaveResult result = editor.save(draft);
        assertThat(result.problems().byField()).isEmpty();
        return result.id();
    }

    /** Milliseconds from now until a search finds the article with this very title. */
    private long untilFound(String title) {
        long start = System.nanoTime();
        long until = start + AT_MOST.toNanos();
        while (!title.equals(titleFound("quokka"))) {
            assertThat(System.nanoTime())
                    .as("the article is found as '%s'", title)
                    .isLessThan(until);
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private void untilGone(String word) {
        long until = System.nanoTime() + AT_MOST.toNanos();
        while (titleFound(word) != null) {
            assertThat(System.nanoTime())
                    .as("the deleted article leaves the index")
                    .isLessThan(until);
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    private String titleFound(String word) {
        return search.search(Language.EN, SearchQuery.of(word), NewsFilter.NONE, 1).hits().stream()
                .filter(hit -> hit.slug().equals("outbox-quokka"))
                .map(hit -> hit.title().text())
                .findFirst()
                .orElse(null);
    }
}
