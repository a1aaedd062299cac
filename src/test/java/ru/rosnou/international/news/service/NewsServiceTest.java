package ru.rosnou.international.news.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import ru.rosnou.international.SampleArticles;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.news.domain.Article;
import ru.rosnou.international.news.domain.ArticleRepository;
import ru.rosnou.international.news.domain.ArticleSummary;
import ru.rosnou.international.news.domain.Topic;

@SpringBootTest
@ActiveProfiles("test")
class NewsServiceTest {

    @Autowired
    NewsService news;

    @Autowired
    ArticleRepository articles;

    @Test
    @Transactional
    void relatedReadingRanksBySharedTopicsThenClosenessInDateForEveryArticle() {
        List<Article> all = articles.findAll();
        for (Article article : all) {
            ArticleDetails details =
                    news.article(article.getLanguage(), article.getSlug()).orElseThrow();
            List<Long> expected = all.stream()
                    .filter(other -> other.getLanguage().equals(article.getLanguage()))
                    .filter(other -> !other.getId().equals(article.getId()))
                    .sorted(Comparator.comparingLong((Article other) -> -sharedTopics(article, other))
                            .thenComparingLong(other ->
                                    Math.abs(ChronoUnit.DAYS.between(article.getPublishedOn(), other.getPublishedOn())))
                            .thenComparing(Article::getPublishedOn, Comparator.reverseOrder())
                            .thenComparing(Article::getId))
                    .limit(4)
                    .map(Article::getId)
                    .toList();

            List<Long> actual = news.relatedReading(details).stream()
                    .map(ArticleSummary::id)
                    .toList();

            assertThat(actual).as("related reading of %s", article.getSlug()).isEqualTo(expected);
        }
    }

    @Test
    void relatedReadingOfTheSeedArticleNeverContainsItselfAndStaysInItsLanguage() {
        ArticleDetails seed =
                news.article(Language.EN, SampleArticles.SEED_SLUG).orElseThrow();

        List<ArticleSummary> related = news.relatedReading(seed);

        assertThat(related).hasSize(4).allSatisfy(item -> {
            assertThat(item.id()).isNotEqualTo(seed.id());
            assertThat(item.language()).isEqualTo(Language.EN);
        });
        // The first one shares all three of the seed's topics (association, japan, academic mobility).
        ArticleDetails first = news.article(Language.EN, related.get(0).slug()).orElseThrow();
        assertThat(first.topics()).extracting(TopicName::slug).contains("association", "japan", "academic-mobility");
    }

    @Test
    @Transactional
    void relatedReadingIsNotEmptyForAnArticleWithoutTopics() {
        Article lonely = articles.save(new Article(
                "lonely-test", Language.EN, "lonely-test", "Lonely", LocalDate.of(2030, 1, 1), "Lead", "<p>Body</p>"));
        ArticleDetails details = news.article(Language.EN, "lonely-test").orElseThrow();

        List<ArticleSummary> related = news.relatedReading(details);

        assertThat(related).hasSize(4).extracting(ArticleSummary::id).doesNotContain(lonely.getId());
        // With no shared topics, the closest in date win: the newest English articles.
        assertThat(related.get(0).publishedOn()).isEqualTo(LocalDate.of(2021, 11, 10));
    }

    @Test
    void listIsNewestFirstAndPaginated() {
        NewsPage first = news.list(Language.EN, NewsFilter.NONE, 1);
        NewsPage second = news.list(Language.EN, NewsFilter.NONE, 2);
        long total = articles.countByLanguageAndPublishedTrue(Language.EN);

        assertThat(first.totalItems()).isEqualTo(total);
        assertThat(first.items()).hasSize(news.pageSize());
        assertThat(first.totalPages()).isEqualTo((int) Math.ceil(total / (double) news.pageSize()));
        assertThat(first.items().get(0).publishedOn())
                .isAfterOrEqualTo(first.items().get(1).publishedOn());
        assertThat(first.items().get(news.pageSize() - 1).publishedOn())
                .isAfterOrEqualTo(second.items().get(0).publishedOn());
        assertThat(second.number()).isEqualTo(2);
        Set<Long> firstIds = first.items().stream().map(ArticleSummary::id).collect(Collectors.toSet());
        assertThat(second.items()).extracting(ArticleSummary::id).doesNotContainAnyElementsOf(firstIds);
    }

    @Test
    void aPageBeyondTheEndShowsTheLastPage() {
        NewsPage last = news.list(Language.EN, NewsFilter.NONE, 999);

        assertThat(last.number()).isEqualTo(last.totalPages());
        assertThat(last.items()).isNotEmpty();
    }

    @Test
    void yearFilterKeepsOnlyThatYear() {
        NewsPage page = news.list(Language.RU, new NewsFilter(2019, null), 1);

        assertThat(page.items())
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.publishedOn().getYear()).isEqualTo(2019));
        assertThat(news.years(Language.RU)).containsExactly(2021, 2020, 2019, 2018);
    }

    @Test
    void topicFilterKeepsOnlyArticlesOfThatTopic() {
        NewsPage page = news.list(Language.EN, new NewsFilter(null, "congresses"), 1);

        assertThat(page.items())
                .extracting(ArticleSummary::publishedOn)
                .containsExactly(LocalDate.of(2021, 9, 17), LocalDate.of(2019, 9, 24), LocalDate.of(2018, 5, 22));
        assertThat(news.list(Language.EN, new NewsFilter(2019, "congresses"), 1).items())
                .hasSize(1);
        assertThat(news.list(Language.EN, new NewsFilter(null, "no-such-topic"), 1)
                        .items())
                .isEmpty();
    }

    @Test
    void translationsAreLinkedBothWays() {
        ArticleDetails english =
                news.article(Language.EN, SampleArticles.SEED_SLUG).orElseThrow();
        ArticleSummary russian = news.translation(english).orElseThrow();

        assertThat(russian.language()).isEqualTo(Language.RU);
        assertThat(russian.title()).isEqualTo(SampleArticles.SEED_RU_TITLE);
        ArticleDetails back = news.article(Language.RU, russian.slug()).orElseThrow();
        assertThat(news.translation(back)).map(ArticleSummary::id).contains(english.id());
    }

    @Test
    void aRussianOnlyStoryHasNoEnglishTranslation() {
        List<ArticleSummary> russian =
                news.list(Language.RU, new NewsFilter(2020, null), 1).items();
        long withoutEnglish = russian.stream()
                .map(item -> news.article(Language.RU, item.slug()).orElseThrow())
                .filter(details -> news.translation(details).isEmpty())
                .count();

        assertThat(withoutEnglish).isEqualTo(1);
    }

    @Test
    void unknownSlugsAndWrongLanguagesFindNothing() {
        assertThat(news.article(Language.EN, "no-such-article")).isEmpty();
        assertThat(news.article(Language.EN, "")).isEmpty();
        assertThat(news.article(Language.EN, "../../etc/passwd")).isEmpty();
    }

    @Test
    @Transactional
    void unpublishedArticlesAreNeitherShownNorListed() {
        Article seed = articles.findAll().stream()
                .filter(a -> a.getSlug().equals(SampleArticles.SEED_SLUG) && a.getLanguage() == Language.EN)
                .findFirst()
                .orElseThrow();
        seed.setPublished(false);
        articles.flush();

        assertThat(news.article(Language.EN, SampleArticles.SEED_SLUG)).isEmpty();
        assertThat(news.list(Language.EN, new NewsFilter(2020, null), 1).items())
                .extracting(ArticleSummary::slug)
                .doesNotContain(SampleArticles.SEED_SLUG);
    }

    @Test
    void articleDetailsCarryTheSafeBodyTopicsAndImages() {
        ArticleDetails seed =
                news.article(Language.EN, SampleArticles.SEED_SLUG).orElseThrow();

        assertThat(seed.hasAbout()).isTrue();
        assertThat(seed.aboutTitle()).isEqualTo("Association of Japanese and Russian Universities: About");
        // As on the seed page, the About box sits after the first paragraph of the body.
        assertThat(seed.bodyBeforeAboutHtml())
                .startsWith("<p>The round table was attended")
                .endsWith("Universities.</p>")
                .doesNotContain("The participants");
        assertThat(seed.bodyAfterAboutHtml()).startsWith("<p>The participants shared");
        assertThat(seed.topics())
                .extracting(TopicName::slug)
                .containsExactly("academic-mobility", "association", "japan");
    }

    @Test
    @Transactional
    void everyArticleBodyStartsItsSubheadingsAtH2WithoutSkippingLevels() {
        for (Article article : articles.findAll()) {
            ArticleDetails details =
                    news.article(article.getLanguage(), article.getSlug()).orElseThrow();
            String html = details.bodyBeforeAboutHtml() + details.bodyAfterAboutHtml();
            int previous = 1;
            for (Element heading : Jsoup.parseBodyFragment(html).select("h2, h3")) {
                int level = Integer.parseInt(heading.tagName().substring(1));
                assertThat(level)
                        .as("%s: <%s>%s after h%d", article.getSlug(), heading.tagName(), heading.text(), previous)
                        .isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
        }
    }

    private static long sharedTopics(Article a, Article b) {
        Set<Long> ids = a.getTopics().stream().map(Topic::getId).collect(Collectors.toSet());
        return b.getTopics().stream().map(Topic::getId).filter(ids::contains).count();
    }
}
