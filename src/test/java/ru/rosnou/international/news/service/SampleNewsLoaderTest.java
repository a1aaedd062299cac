package ru.rosnou.international.news.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rosnou.international.news.domain.ArticleRepository;
import ru.rosnou.international.news.domain.TopicRepository;

@SpringBootTest
@ActiveProfiles("test")
class SampleNewsLoaderTest {

    @Autowired
    SampleNewsLoader loader;

    @Autowired
    ArticleRepository articles;

    @Autowired
    TopicRepository topics;

    @Test
    void sampleContentGoesOnlyIntoAnEmptyDatabase() {
        long articlesBefore = articles.count();
        long topicsBefore = topics.count();
        assertThat(articlesBefore).as("loaded at start").isEqualTo(countSampleArticles());

        loader.run(new DefaultApplicationArguments());

        assertThat(articles.count()).isEqualTo(articlesBefore);
        assertThat(topics.count()).isEqualTo(topicsBefore);
    }

    private static long countSampleArticles() {
        return SampleNewsLoader.read().stories().stream()
                .mapToLong(story -> story.translations().size())
                .sum();
    }
}
