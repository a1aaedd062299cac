package ru.rosnou.international.news.search.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.news.service.NewsFilter;

/**
 * Reindex without downtime: {@code POST /actuator/reindex} (with the operator's token) rebuilds the index from the
 * database while readers keep searching and every search finds all it found before; afterwards the index matches the
 * database again (an article changed and one deleted behind Hibernate's back, as a restore or SQL would). Runs on the
 * embedded index and again in bin/test's OpenSearch run.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:reindex-test;DB_CLOSE_DELAY=-1",
            "app.reindex.token=" + SearchReindexIT.TOKEN
        })
@ActiveProfiles("test")
@DirtiesContext
class SearchReindexIT {

    static final String TOKEN = "test-reindex-token";
    /** Enough articles for the rebuild to take a while, for searches to run during it. */
    private static final int ARTICLES = 3_000;

    private static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagers;

    @Autowired
    NewsSearch search;

    @Autowired
    SearchReindex reindex;

    @Autowired
    SearchIndexBuilder indexBuilder;

    /**
     * Articles loaded with SQL (a restore, a migration) are found once the start-up build has run: it purges the
     * index first, which OpenSearch does with {@code _delete_by_query} (the reindex module of every distribution).
     */
    @Test
    void articlesLoadedBehindTheSitesBackAreFoundAfterTheStartUpBuild() throws Exception {
        SearchCaughtUp.await(jdbc, entityManagers);
        for (int i = 0; i < 5; i++) {
            jdbc.update(
                    "insert into article (story_key, language, slug, title, published_on, lead, body, published)"
                            + " values (?, 'en', ?, ?, date '2021-10-01', 'The orchard.', '<p>Fruit.</p>', true)",
                    "medlar-" + i,
                    "medlar-" + i,
                    "Medlar harvest " + i);
        }
        assertThat(total("medlar")).as("not indexed yet").isZero();

        indexBuilder.buildIfIncomplete();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (indexBuilder.building() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(indexBuilder.building()).as("the build has ended").isFalse();
        SearchCaughtUp.await(jdbc, entityManagers);
        assertThat(total("medlar")).isEqualTo(5);
        assertThat(total("universities")).as("the sample news, indexed anew").isPositive();
    }

    @Test
    void theIndexIsRebuiltWhileSearchesGoOnFindingEverything() throws Exception {
        SearchCaughtUp.await(jdbc, entityManagers);
        long universities = total("universities");
        assertThat(universities).as("the sample news found before").isPositive();
        // Drift, as after a restore or SQL: the index does not know of these changes.
        List<SearchResults.Hit> found = search.search(Language.EN, SearchQuery.of("universities"), NewsFilter.NONE, 1)
                .hits();
        jdbc.update(
                "update article set title = 'Walrus survey' where language = 'en' and slug = ?",
                found.get(0).slug());
        String deletedTitle = found.get(1).title().text();
        jdbc.update(
                "delete from article where language = 'en' and slug = ?",
                found.get(1).slug());
        addArticlesBySql();

        assertThat(post(null).statusCode()).as("no token").isEqualTo(401);
        HttpResponse<String> started = post(TOKEN);
        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(started.body()).contains("\"running\":true");

        List<Long> during = new ArrayList<>();
        while (reindex.status().orElseThrow().running()) {
            during.add(total("universities"));
            assertThat(get("en/search?q=universities").statusCode()).isEqualTo(200);
        }
        SearchReindex.Status finished = reindex.status().orElseThrow();
        assertThat(finished.failure()).isNull();
        assertThat(finished.indexed()).isGreaterThanOrEqualTo(ARTICLES);
        assertThat(finished.removed()).as("the deleted article's document").isEqualTo(1);
        System.out.printf(
                "Reindex of %d articles: %d searches during it, each finding at least %d%n",
                finished.indexed(), during.size(), universities - 2);
        assertThat(during).as("searches answered during the rebuild").isNotEmpty();
        // The two changed articles may leave the results as soon as they are indexed anew; nothing else does.
        assertThat(during).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(universities - 2));

        SearchCaughtUp.await(jdbc, entityManagers);
        assertThat(titles("walrus")).containsExactly("Walrus survey");
        assertThat(titles("universities")).doesNotContain(deletedTitle);
        assertThat(total("quince")).as("the articles added by SQL").isEqualTo(ARTICLES);
        HttpResponse<String> status = get("actuator/reindex", TOKEN);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"running\":false").contains("\"removed\":1");
    }

    private long total(String word) {
        return search.search(Language.EN, SearchQuery.of(word), NewsFilter.NONE, 1)
                .total();
    }

    private List<String> titles(String word) {
        return search.search(Language.EN, SearchQuery.of(word), NewsFilter.NONE, 1).hits().stream()
                .map(hit -> hit.title().text())
                .toList();
    }

    private void addArticlesBySql() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            rows.add(new Object[] {"reindex-" + i, "reindex-" + i, "Quince harvest " + i});
        }
        jdbc.batchUpdate(
                "insert into article (story_key, language, slug, title, published_on, lead, body, published)"
                        + " values (?, 'en', ?, ?, date '2021-09-01', 'The orchard.', '<p>Fruit.</p>', true)",
                rows);
    }

    private HttpResponse<String> post(String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + managementPort + "/actuator/reindex"))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, null);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        int onPort = path.startsWith("actuator/") ? managementPort : port;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + "/" + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
