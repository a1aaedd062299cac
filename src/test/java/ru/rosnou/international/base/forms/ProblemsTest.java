package ru.rosnou.international.base.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void eachFieldNamesTheFirstProblemFoundInTheOrderOfTheForm() {
        Problems problems = Problems.builder()
                .add("title", "title.required")
                .add("slug", "slug.format")
                .add("title", "title.tooLong")
                .build();

        assertThat(problems.fields()).containsExactly("title", "slug");
        assertThat(problems.of("title")).contains("title.required");
        assertThat(problems.of("lead")).isEmpty();
        assertThat(problems.count()).isEqualTo(2);
        assertThat(problems.isEmpty()).isFalse();
    }

    @Test
    void nothingFoundIsNoProblems() {
        assertThat(Problems.builder().build()).isEqualTo(Problems.none());
        assertThat(Problems.none().isEmpty()).isTrue();
    }
}
