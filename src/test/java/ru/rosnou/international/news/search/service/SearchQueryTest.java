package ru.rosnou.international.news.search.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void wordsAndPhrasesAreReadAndSyntaxCharactersSeparateWords() {
        SearchQuery query = SearchQuery.of("  конгресс \"Japanese  universities\" title:Kobe* (2020)~ ");

        assertThat(query.phrases()).containsExactly("Japanese universities");
        assertThat(query.words()).containsExactly("конгресс", "title", "Kobe", "2020");
        assertThat(query.text()).isEqualTo("конгресс \"Japanese universities\" title:Kobe* (2020)~");
    }

    @Test
    void anApostropheWithinAWordKeepsItWhole() {
        assertThat(SearchQuery.of("university's café").words()).containsExactly("university's", "café");
        assertThat(SearchQuery.of("students’ 'Kobe' O'Neill ' x'").words())
                .containsExactly("students", "Kobe", "O'Neill", "x");
    }

    @Test
    void aQuotedSingleWordOrAnUnclosedQuoteIsJustWords() {
        assertThat(SearchQuery.of("\"Kobe\"").words()).containsExactly("Kobe");
        assertThat(SearchQuery.of("\"Kobe\"").phrases()).isEmpty();
        assertThat(SearchQuery.of("\"Kobe Osaka").words()).containsExactly("Kobe", "Osaka");
    }

    @Test
    void invisibleAndControlCharactersAreNotPartOfTheQuery() {
        SearchQuery query = SearchQuery.of("Ko\u200Bbe\u0000 \u202Eosaka ｋｙｏｔｏ");

        assertThat(query.text()).isEqualTo("Kobe osaka kyoto");
        assertThat(query.words()).containsExactly("Kobe", "osaka", "kyoto");
    }

    @Test
    void aLongQueryIsShortenedAtASpaceAndTheWordsAreBounded() {
        SearchQuery query = SearchQuery.of("exchange ".repeat(250));

        assertThat(query.shortened()).isTrue();
        assertThat(query.text())
                .hasSizeLessThanOrEqualTo(SearchQuery.MAX_LENGTH)
                .endsWith("exchange");
        assertThat(query.words()).hasSize(SearchQuery.MAX_WORDS);
        assertThat(SearchQuery.of("exchange").shortened()).isFalse();
    }

    @Test
    void onlySymbolsOrNothingIsAnEmptyQuery() {
        assertThat(SearchQuery.of(null).isEmpty()).isTrue();
        assertThat(SearchQuery.of("   ").isEmpty()).isTrue();
        assertThat(SearchQuery.of("*?~\"(:").isEmpty()).isTrue();
        assertThat(SearchQuery.of("*?~\"(:").text()).isEqualTo("*?~\"(:");
    }

    @Test
    void typosAreForgivenFromFiveLetters() {
        assertThat(SearchQuery.forgivesTypo("Kobe")).isFalse();
        assertThat(SearchQuery.forgivesTypo("Osaka")).isTrue();
        assertThat(SearchQuery.forgivesTypo("обмен")).isTrue();
    }
}
