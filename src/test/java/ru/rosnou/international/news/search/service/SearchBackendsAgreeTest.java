package ru.rosnou.international.news.search.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.news.service.ArticleDraft;
import ru.rosnou.international.news.service.NewsEditorService;
import ru.rosnou.international.news.service.NewsFilter;

/**
 * One query, the same articles in the same order, whichever index answers: this class runs on the embedded Lucene
 * index (Surefire) and again on a real OpenSearch node (bin/test's "opensearch" Failsafe run), with the same
 * expectations. Both languages, "ё" typed as "е" and back, possessives, accents, a typo, a phrase, and ranking by
 * where the words are.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBackendsAgreeTest {

    private static final String OWN = "agree-";

    @Autowired
    NewsSearch search;

    @Autowired
    NewsEditorService editor;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagers;

    private final List<Long> saved = new ArrayList<>();

    @BeforeAll
    void publishArticles() {
        publish(
                Language.RU,
                "yolka",
                "Новогодняя ёлка в общежитии",
                "Студенты нарядили ёлку.",
                "Праздник для иностранных студентов.",
                2025);
        publish(
                Language.RU,
                "elka",
                "Концерт хора",
                "Хор пел у елки в холле.",
                "Пришли студенты из Китая и Вьетнама.",
                2024);
        publish(
                Language.RU,
                "rektory",
                "Встреча ректоров университетов",
                "Ректоры обсудили обмен студентами.",
                "Договор подписали в Казани.",
                2023);
        publish(
                Language.RU,
                "stazhirovka",
                "Стажировка в Казани",
                "Набор на летнюю стажировку.",
                "Университеты-партнёры принимают студентов.",
                2022);
        publish(
                Language.EN,
                "cafe",
                "Café day at the International Office",
                "The university's café opened its samovar bar.",
                "Students from Sōka met the staff.",
                2025);
        publish(
                Language.EN,
                "week",
                "University week",
                "Universities from Japan came to Moscow.",
                "Students' presentations and a fair.",
                2024);
        publish(
                Language.EN,
                "soka",
                "Partners from Soka",
                "A delegation visited the campus.",
                "They discussed exchanges between universities.",
                2023);
        publish(
                Language.EN,
                "fair",
                "Education fair",
                "A fair for students.",
                "The staff of the university's office answered questions.",
                2022);
        // On OpenSearch the changes reach the index through the outbox, a moment after their commit.
        SearchCaughtUp.await(jdbc, entityManagers);
    }

    @AfterAll
    void deleteArticles() {
        saved.forEach(editor::delete);
        SearchCaughtUp.await(jdbc, entityManagers);
    }

    @Test
    void russianQueriesFindTheSameArticlesInTheSameOrder() {
        assertThat(slugs(Language.RU, "ёлка")).as("ё").containsExactly("yolka", "elka");
        assertThat(slugs(Language.RU, "елка")).as("е for ё").containsExactly("yolka", "elka");
        assertThat(slugs(Language.RU, "ЁЛКИ")).as("capital Ё").containsExactly("yolka", "elka");
        assertThat(slugs(Language.RU, "партнеры")).as("е for ё in the text").containsExactly("stazhirovka");
        assertThat(slugs(Language.RU, "университет")).containsExactly("rektory", "stazhirovka");
        assertThat(slugs(Language.RU, "студентов"))
                .as("lead above body, a short body above a long one")
                .containsExactly("yolka", "rektory", "stazhirovka", "elka");
        assertThat(slugs(Language.RU, "Казань стажировка")).containsExactly("stazhirovka");
        assertThat(slugs(Language.RU, "стажировко")).as("one typo").containsExactly("stazhirovka");
        assertThat(slugs(Language.RU, "\"иностранных студентов\"")).as("phrase").containsExactly("yolka");
        assertThat(slugs(Language.RU, "\"студентов иностранных\""))
                .as("phrase in another order")
                .isEmpty();
    }

    @Test
    void englishQueriesFindTheSameArticlesInTheSameOrder() {
        assertThat(slugs(Language.EN, "cafe")).as("accent folded").containsExactly("cafe");
        assertThat(slugs(Language.EN, "café")).containsExactly("cafe");
        assertThat(slugs(Language.EN, "Soka")).as("macron folded").containsExactly("soka", "cafe");
        assertThat(slugs(Language.EN, "university's")).as("possessive").containsExactly("week", "cafe", "soka", "fair");
        assertThat(slugs(Language.EN, "universities")).containsExactly("week", "cafe", "soka", "fair");
        assertThat(slugs(Language.EN, "student")).containsExactly("fair", "week", "cafe");
        assertThat(slugs(Language.EN, "staff university")).containsExactly("cafe", "fair");
        assertThat(slugs(Language.EN, "Moscw")).as("one typo").containsExactly("week");
        assertThat(slugs(Language.EN, "\"cafe opened\"")).as("phrase").containsExactly("cafe");
        assertThat(slugs(Language.EN, "\"opened cafe\""))
                .as("phrase in another order")
                .isEmpty();
        assertThat(slugs(Language.EN, "ёлка")).as("the other language's news").isEmpty();
    }

    @Test
    void titlesAndSnippetsAreTheSameWhole() {
        SearchResults.Hit byLead = search.search(Language.EN, SearchQuery.of("samovar"), NewsFilter.NONE, 1)
                .hits()
                .get(0);
        assertThat(byLead.title().text()).isEqualTo("Café day at the International Office");
        assertThat(byLead.snippet().text()).isEqualTo("The university's café opened its samovar bar.");
        assertThat(marked(byLead.snippet())).containsExactly("samovar");

        SearchResults.Hit byBody = search.search(Language.RU, SearchQuery.of("Вьетнама"), NewsFilter.NONE, 1)
                .hits()
                .get(0);
        assertThat(byBody.title().text()).as("unmatched title, whole").isEqualTo("Концерт хора");
        assertThat(byBody.snippet().text()).isEqualTo("Пришли студенты из Китая и Вьетнама.");
        assertThat(marked(byBody.snippet())).containsExactly("Вьетнама");

        SearchResults.Hit byTitle = search.search(Language.RU, SearchQuery.of("ёлки"), NewsFilter.NONE, 1)
                .hits()
                .get(0);
        assertThat(byTitle.title().text()).isEqualTo("Новогодняя ёлка в общежитии");
        assertThat(marked(byTitle.title())).containsExactly("ёлка");
        assertThat(byTitle.snippet().text()).isEqualTo("Студенты нарядили ёлку.");
    }

    private static List<String> marked(HighlightedText text) {
        return text.parts().stream()
                .filter(HighlightedText.Part::marked)
                .map(HighlightedText.Part::text)
                .toList();
    }

    /** This class's articles that the query finds, in the order found, without the prefix. */
    private List<String> slugs(Language language, String typed) {
        List<String> found = new ArrayList<>();
        SearchResults page;
        int number = 0;
        do {
            page = search.search(language, SearchQuery.of(typed), NewsFilter.NONE, ++number);
            page.hits().stream()
                    .map(SearchResults.Hit::slug)
                    .filter(slug -> slug.startsWith(OWN))
                    .forEach(slug -> found.add(slug.substring(OWN.length())));
        } while (number < page.totalPages());
        return found;
    }

    private void publish(Language language, String slug, String title, String lead, String body, int year) {
        ArticleDraft draft = new ArticleDraft();
        draft.setLanguage(language);
        draft.setSlug(OWN + slug);
        draft.setTitle(title);
        draft.setPublishedOn(LocalDate.of(year, 3, 1));
        draft.setLead(lead);
        draft.setBody("<p>" + body + "</p>");
        draft.setTopics(Set.of());
        draft.setPublished(true);
        NewsEditorService.SaveResult result = editor.save(draft);
        assertThat(result.problems().byField()).as(slug).isEmpty();
        saved.add(result.id());
    }
}
