package ru.rosnou.international.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void namesAreKeptInCompatibilityFormWithoutSurroundingSpace() {
        assertThat(TypedText.normalised("  ｃｈｉｅｆ ")).isEqualTo("chief");
        assertThat(TypedText.normalised("Йошкар-Ола")).isEqualTo("Йошкар-Ола");
        assertThat(TypedText.normalised(null)).isEmpty();
        assertThat(TypedText.composed("10 m² и\u0306"))
                .as("free text keeps m², composes й")
                .isEqualTo("10 m² й");
    }

    @Test
    void charactersThatShowNothingOrTurnTextAroundAreNotVisibleText() {
        assertThat(TypedText.isVisible("chief\u200B", false))
                .as("zero-width space")
                .isFalse();
        assertThat(TypedText.isVisible("\u202Enimda", false))
                .as("right-to-left override")
                .isFalse();
        assertThat(TypedText.isVisible("a\u2066b\u2069", false))
                .as("bidi isolates")
                .isFalse();
        assertThat(TypedText.isVisible("nul\u0000", false)).isFalse();
        assertThat(TypedText.isVisible("\uFEFFbom", false)).isFalse();
        assertThat(TypedText.isVisible("\uE000", false)).as("private use").isFalse();
        assertThat(TypedText.isVisible("two\nlines", false))
                .as("a name has one line")
                .isFalse();

        assertThat(TypedText.isVisible("Анна Петрова-Сидорова, O'Neil", false)).isTrue();
        assertThat(TypedText.isVisible("Можно ли?\n\nСпасибо!\tАнна 😀", true)).isTrue();
    }
}
