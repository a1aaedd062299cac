package ru.rosnou.international.news.search.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.news.service.ArticleDraft;
import ru.rosnou.international.news.service.NewsEditorService;
import ru.rosnou.international.news.service.NewsFilter;

/**
 * Search as readers use it. Articles are saved through the editors' service and committed (no test transaction):
 * the index follows commits, as it does on the site.
 */
@SpringBootTest
@ActiveProfiles("test")
class NewsSearchTest {

    @Autowired
    NewsSearch search;

    @Autowired
    NewsEditorService editor;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagers;

    private final List<Long> saved = new ArrayList<>();

    @AfterEach
    void deleteSaved() {
        saved.forEach(editor::delete);
        caughtUp();
    }

    /** The index has taken in the changes saved (at once on the embedded index, through the outbox on OpenSearch). */
    private void caughtUp() {
        SearchCaughtUp.await(jdbc, entityManagers);
    }

    @Test
    void russianWordsAreFoundInAnyOfTheirForms() {
        publish(
                Language.RU,
                "kongress-lingvistov",
                "Зимний конгресс лингвистов",
                "Лингвисты собрались в Кобе.",
                "Обсуждали обмен с японскими университетами и стажировки.",
                2024,
                "congresses");

        assertThat(slugs(Language.RU, "конгрессов лингвистов")).contains("kongress-lingvistov");
        assertThat(slugs(Language.RU, "лингвистами университет")).contains("kongress-lingvistov");
        assertThat(slugs(Language.RU, "стажировкам")).contains("kongress-lingvistov");
        assertThat(slugs(Language.RU, "ЗИМНИЙ КОНГРЕСС")).as("case").contains("kongress-lingvistov");
        assertThat(slugs(Language.EN, "конгресс лингвистов"))
                .as("Russian news is not in the English search")
                .doesNotContain("kongress-lingvistov");
    }

    @Test
    void englishWordsAreFoundByTheirStem() {
        publish(
                Language.EN,
                "linguists-winter-congress",
                "Winter congress of linguists",
                "Linguists met in Kobe.",
                "They discussed exchanges between universities and internships.",
                2024,
                "congresses");

        assertThat(slugs(Language.EN, "university linguist")).contains("linguists-winter-congress");
        assertThat(slugs(Language.EN, "exchanging")).contains("linguists-winter-congress");
        assertThat(slugs(Language.EN, "linguists' congresses")).contains("linguists-winter-congress");
        assertThat(slugs(Language.EN, "linguists astronomy"))
                .as("every word is required")
                .doesNotContain("linguists-winter-congress");
    }

    @Test
    void aPhraseInQuotesMatchesOnlyAsAPhrase() {
        publish(
                Language.EN,
                "phrase-together",
                "Ceramics week",
                "A lead.",
                "Students of Kanazawa ceramics workshops visited Moscow.",
                2023,
                null);
        publish(
                Language.EN,
                "phrase-apart",
                "Workshops week",
                "A lead.",
                "Ceramics from Tokyo and workshops in Kanazawa.",
                2023,
                null);

        assertThat(slugs(Language.EN, "kanazawa ceramics workshops")).contains("phrase-together", "phrase-apart");
        assertThat(slugs(Language.EN, "\"Kanazawa ceramics workshops\""))
                .contains("phrase-together")
                .doesNotContain("phrase-apart");
    }

    @Test
    void oneTypoIsForgivenInWordsOfFiveLettersOrMore() {
        publish(
                Language.EN,
                "cryptography-school",
                "Summer school of cryptography",
                "A lead about Nara.",
                "Lectures in Nara.",
                2022,
                null);
        publish(Language.RU, "kriptografiya", "Летняя школа криптографии", "Лекции в Наре.", "Лекции.", 2022, null);

        assertThat(slugs(Language.EN, "cryptograpy")).contains("cryptography-school");
        assertThat(slugs(Language.RU, "криптогафии")).contains("kriptografiya");
        assertThat(slugs(Language.EN, "Nare"))
                .as("a four-letter word must be spelled right")
                .doesNotContain("cryptography-school");
        assertThat(slugs(Language.EN, "crptogrphy"))
                .as("two typos are too many")
                .doesNotContain("cryptography-school");
    }

    @Test
    void aMatchInTheTitleRanksAboveOneInTheLeadAndOneInTheBody() {
        publish(Language.EN, "rank-body", "Autumn report", "A lead.", "The heliotrope garden opened.", 2025, null);
        publish(Language.EN, "rank-lead", "Spring report", "The heliotrope garden.", "Text.", 2024, null);
        publish(Language.EN, "rank-title", "Heliotrope garden report", "A lead.", "Text.", 2020, null);

        assertThat(slugs(Language.EN, "heliotrope")).containsSubsequence("rank-title", "rank-lead", "rank-body");
    }

    @Test
    void resultsShowTheMatchedWordsMarkedAndTheSnippetFromTheBodyWhenOnlyItMatches() {
        publish(
                Language.EN,
                "marked-words",
                "Delegation from Sendai",
                "A short lead.",
                "Among the guests was a professor of volcanology from Tohoku University.",
                2025,
                null);

        SearchResults.Hit hit = search.search(Language.EN, SearchQuery.of("volcanology"), NewsFilter.NONE, 1)
                .hits()
                .get(0);

        assertThat(hit.slug()).isEqualTo("marked-words");
        assertThat(hit.title().text()).isEqualTo("Delegation from Sendai");
        assertThat(hit.title().hasMarks()).isFalse();
        assertThat(hit.snippet().text()).contains("professor of volcanology from Tohoku");
        assertThat(hit.snippet().parts())
                .filteredOn(HighlightedText.Part::marked)
                .extracting(HighlightedText.Part::text)
                .containsExactly("volcanology");

        SearchResults.Hit byTitle = search.search(Language.EN, SearchQuery.of("Sendai"), NewsFilter.NONE, 1)
                .hits()
                .get(0);
        assertThat(byTitle.title().parts())
                .filteredOn(HighlightedText.Part::marked)
                .extracting(HighlightedText.Part::text)
                .containsExactly("Sendai");
        assertThat(byTitle.snippet().text())
                .as("the lead when the body does not match")
                .isEqualTo("A short lead.");
    }

    @Test
    void theIndexFollowsPublishingUnpublishingEditingAndDeleting() {
        long id = publish(Language.EN, "index-follows", "Orchid exhibition", "A lead.", "Text.", 2025, null);
        assertThat(slugs(Language.EN, "orchid")).contains("index-follows");

        editor.setPublished(id, false);
        caughtUp();
        assertThat(slugs(Language.EN, "orchid")).doesNotContain("index-follows");

        editor.setPublished(id, true);
        caughtUp();
        assertThat(slugs(Language.EN, "orchid")).contains("index-follows");

        ArticleDraft edited = editor.draft(id).orElseThrow();
        edited.setTitle("Camellia exhibition");
        assertThat(editor.save(edited).problems().byField()).isEmpty();
        caughtUp();
        assertThat(slugs(Language.EN, "orchid")).doesNotContain("index-follows");
        assertThat(slugs(Language.EN, "camellia")).contains("index-follows");

        editor.delete(id);
        saved.remove(id);
        caughtUp();
        assertThat(slugs(Language.EN, "camellia")).doesNotContain("index-follows");
    }

    @Test
    void filtersByYearAndTopicCombineWithTheQuery() {
        publish(Language.EN, "filter-2021", "Calligraphy class", "A lead.", "Text.", 2021, "student-life");
        publish(Language.EN, "filter-2022", "Calligraphy contest", "A lead.", "Text.", 2022, "japan");

        assertThat(slugs(Language.EN, "calligraphy", new NewsFilter(2021, null)))
                .contains("filter-2021")
                .doesNotContain("filter-2022");
        assertThat(slugs(Language.EN, "calligraphy", new NewsFilter(null, "japan")))
                .contains("filter-2022")
                .doesNotContain("filter-2021");
        assertThat(slugs(Language.EN, "calligraphy", new NewsFilter(2021, "japan")))
                .isEmpty();
    }

    @Test
    void whenOneLanguageFindsNothingTheOtherIsCounted() {
        publish(Language.RU, "ikebana", "Выставка икебаны", "Лид.", "Текст.", 2025, null);

        SearchResults results = search.search(Language.EN, SearchQuery.of("икебаны"), NewsFilter.NONE, 1);

        assertThat(results.total()).isZero();
        assertThat(results.inOtherLanguage()).isEqualTo(1);
    }

    @Test
    void queryLanguageIsNeverSyntaxAndBadInputGivesAnAnswerNotAnError() {
        publish(Language.EN, "syntax-safe", "Bonsai workshop", "A lead.", "Text.", 2025, null);

        for (String typed : List.of(
                "*?~\"(:",
                "bonsai*",
                "bonsai~2",
                "(bonsai",
                "title:bonsai",
                "\"bonsai",
                "bonsai AND OR NOT",
                "<script>alert('bonsai')</script>",
                "\\",
                "/",
                "[]{}^!")) {
            SearchResults results = search.search(Language.EN, SearchQuery.of(typed), NewsFilter.NONE, 1);
            assertThat(results.number()).as(typed).isEqualTo(1);
        }
        assertThat(slugs(Language.EN, "bonsai*")).contains("syntax-safe");
        assertThat(slugs(Language.EN, "(bonsai):~")).contains("syntax-safe");
        assertThat(slugs(Language.EN, "<script>bonsai</script>")).isEmpty();

        SearchResults symbolsOnly = search.search(Language.EN, SearchQuery.of("*?~(:"), NewsFilter.NONE, 1);
        assertThat(symbolsOnly.query().isEmpty()).isTrue();
        assertThat(symbolsOnly.total()).isZero();

        SearchResults huge = search.search(Language.EN, SearchQuery.of("bonsai ".repeat(300)), NewsFilter.NONE, 1);
        assertThat(huge.query().shortened()).isTrue();
        assertThat(huge.query().text().length()).isLessThanOrEqualTo(SearchQuery.MAX_LENGTH);
        assertThat(huge.hits()).extracting(SearchResults.Hit::slug).contains("syntax-safe");
    }

    @Test
    void aPagePastTheEndShowsTheLastPage() {
        for (int i = 1; i <= 12; i++) {
            publish(Language.EN, "wisteria-" + i, "Wisteria walk " + i, "A lead.", "Text.", 2020, null);
        }

        SearchResults results = search.search(Language.EN, SearchQuery.of("wisteria"), NewsFilter.NONE, 99);

        assertThat(results.total()).isEqualTo(12);
        assertThat(results.totalPages()).isEqualTo(2);
        assertThat(results.number()).isEqualTo(2);
        assertThat(results.hits()).hasSize(12 - search.pageSize());
    }

    private List<String> slugs(Language language, String typed) {
        return slugs(language, typed, NewsFilter.NONE);
    }

    private List<String> slugs(Language language, String typed, NewsFilter filter) {
        return search.search(language, SearchQuery.of(typed), filter, 1).hits().stream()
                .map(SearchResults.Hit::slug)
                .toList();
    }

    private long publish(
            Language language, String slug, String title, String lead, String body, int year, String topic) {
        ArticleDraft draft = new ArticleDraft();
        draft.setLanguage(language);
        draft.setSlug(slug);
        draft.setTitle(title);
        draft.setPublishedOn(LocalDate.of(year, 6, 1));
        draft.setLead(lead);
        draft.setBody("<p>" + body + "</p>");
        draft.setTopics(topic == null ? Set.of() : Set.of(topic));
        draft.setPublished(true);
        NewsEditorService.SaveResult result = editor.save(draft);
        assertThat(result.problems().byField()).as(slug).isEmpty();
        saved.add(result.id());
        caughtUp();
        return result.id();
    }
}
