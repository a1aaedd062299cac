package ru.rosnou.international.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void russianCountsTakeOneFewOrMany() {
        assertThat(Plural.of(Language.RU, 1)).isEqualTo("one");
        assertThat(Plural.of(Language.RU, 21)).isEqualTo("one");
        assertThat(Plural.of(Language.RU, 101)).isEqualTo("one");
        assertThat(Plural.of(Language.RU, 11)).isEqualTo("many");
        assertThat(Plural.of(Language.RU, 2)).isEqualTo("few");
        assertThat(Plural.of(Language.RU, 34)).isEqualTo("few");
        assertThat(Plural.of(Language.RU, 12)).isEqualTo("many");
        assertThat(Plural.of(Language.RU, 14)).isEqualTo("many");
        assertThat(Plural.of(Language.RU, 0)).isEqualTo("many");
        assertThat(Plural.of(Language.RU, 5)).isEqualTo("many");
        assertThat(Plural.of(Language.RU, 112)).isEqualTo("many");
    }

    @Test
    void englishCountsTakeOneOrMany() {
        assertThat(Plural.of(Language.EN, 1)).isEqualTo("one");
        assertThat(Plural.of(Language.EN, 0)).isEqualTo("many");
        assertThat(Plural.of(Language.EN, 21)).isEqualTo("many");
    }
}
