package ru.rosnou.international.news.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.news.search.service.NewsSearch;
import ru.rosnou.international.news.search.service.SearchQuery;
import ru.rosnou.international.news.service.ArticleDraft;
import ru.rosnou.international.news.service.NewsEditorService;
import ru.rosnou.international.news.service.NewsFilter;

/**
 * No change lost to a long search outage (bin/test's OpenSearch run): an article saved while the cluster cannot be
 * reached is given up on by Hibernate Search after its retries ("aborted"), and is still found once the cluster is
 * back, without a manual reindex. A database of its own, so that no other test context's event processor, which
 * reaches the node directly, indexes the change meanwhile.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:edits-during-search-outage;DB_CLOSE_DELAY=-1",
            // Given up on within seconds instead of minutes, and put back within a second or two of the return.
            "spring.jpa.properties.hibernate.search.coordination.event_processor.retry_delay=1",
            "app.search.aborted-retry-interval=1s"
        })
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "spring.profiles.include", matches = ".*opensearch.*")
@DirtiesContext
class EditsDuringSearchOutageIT {

    private static final Duration AT_MOST = Duration.ofSeconds(90);

    @RegisterExtension
    static final SearchRelay relay = new SearchRelay();

    @Autowired
    NewsEditorService editor;

    @Autowired
    NewsSearch search;

    @Autowired
    EntityManagerFactory entityManagers;

    @DynamicPropertySource
    static void searchThroughTheRelay(DynamicPropertyRegistry properties) {
        relay.routeSearch(properties);
    }

    @Test
    void anArticleSavedWhileTheClusterIsAwayIsFoundOnceItIsBack() {
        relay.cut();
        try {
            ArticleDraft draft = new ArticleDraft();
            draft.setLanguage(Language.EN);
            draft.setTitle("Wombat census on the island");
            draft.setSlug("outage-wombat");
            draft.setPublishedOn(LocalDate.of(2025, 5, 2));
            draft.setLead("Volunteers counted the animals while search was away.");
            draft.setBody("<p>On the island.</p>");
            draft.setTopics(Set.of());
            draft.setPublished(true);
            assertThat(editor.save(draft).problems().byField())
                    .as("saved without the index")
                    .isEmpty();

            waitUntil(
                    "Hibernate Search gives up on indexing it while the cluster is away",
                    () -> Search.mapping(entityManagers)
                                    .extension(OutboxPollingExtension.get())
                                    .countAbortedEvents()
                            > 0);
        } finally {
            relay.open();
        }
        waitUntil("the article is found once the cluster is back", () -> found("wombat"));
    }

    private boolean found(String word) {
        try {
            return search.search(Language.EN, SearchQuery.of(word), NewsFilter.NONE, 1).hits().stream()
                    .anyMatch(hit -> hit.slug().equals("outage-wombat"));
        } catch (RuntimeException clusterNotBackYet) {
            return false;
        }
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        Instant until = Instant.now().plus(AT_MOST);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(until);
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }
}
