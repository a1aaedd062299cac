package ru.rosnou.international.news.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.news.domain.Article;
import ru.rosnou.international.news.domain.ArticleImage;
import ru.rosnou.international.news.domain.ArticleRepository;
import ru.rosnou.international.news.domain.Topic;
import ru.rosnou.international.news.domain.TopicRepository;

/** Fills an empty database with the site's first content: the seed article and its neighbours. */
@Component
@Order(1)
@ConditionalOnProperty(name = "app.sample-content.enabled", havingValue = "true", matchIfMissing = true)
public class SampleNewsLoader implements ApplicationRunner {

    static final String RESOURCE = "sample-content/news.json";
    private static final Logger log = LoggerFactory.getLogger(SampleNewsLoader.class);

    private final ArticleRepository articles;
    private final TopicRepository topics;
    private final ApplicationEventPublisher events;

    public SampleNewsLoader(ArticleRepository articles, TopicRepository topics, ApplicationEventPublisher events) {
        this.articles = articles;
        this.topics = topics;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (articles.count() > 0 || topics.count() > 0) {
            return;
        }
        SampleContent content = read();
        Map<String, Topic> topicsBySlug = new HashMap<>();
        for (SampleTopic topic : content.topics()) {
            topicsBySlug.put(topic.slug(), topics.save(new Topic(topic.slug(), topic.en(), topic.ru())));
        }
        int count = 0;
        for (SampleStory story : content.stories()) {
            for (Map.Entry<String, SampleTranslation> entry :
                    story.translations().entrySet()) {
                articles.save(article(story, Language.ofCode(entry.getKey()), entry.getValue(), topicsBySlug));
                count++;
            }
        }
        log.info("Loaded {} sample articles into the empty database", count);
        // Pages and lists drawn while the site was starting showed no news yet.
        events.publishEvent(new NewsChanged());
    }

    private static Article article(
            SampleStory story, Language language, SampleTranslation text, Map<String, Topic> topicsBySlug) {
        Article article = new Article(
                story.key(),
                language,
                text.slug(),
                text.title(),
                story.publishedOn(),
                text.lead(),
                SafeMarkup.clean(text.body()));
        if (text.aboutTitle() != null) {
            article.setAbout(text.aboutTitle(), SafeMarkup.clean(text.aboutBody()), text.aboutAfter());
        }
        for (String slug : story.topics()) {
            Topic topic = topicsBySlug.get(slug);
            if (topic == null) {
                throw new IllegalStateException("Sample story " + story.key() + " names unknown topic " + slug);
            }
            article.getTopics().add(topic);
        }
        for (SampleImage image : story.images()) {
            article.getImages()
                    .add(new ArticleImage(
                            image.src(),
                            image.alt().getOrDefault(language.code(), ""),
                            image.decorative(),
                            image.caption().getOrDefault(language.code(), "")));
        }
        return article;
    }

    static SampleContent read() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return mapper.readValue(in, SampleContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    record SampleContent(List<SampleTopic> topics, List<SampleStory> stories) {}

    record SampleTopic(String slug, String en, String ru) {}

    record SampleStory(
            String key,
            LocalDate publishedOn,
            List<String> topics,
            List<SampleImage> images,
            Map<String, SampleTranslation> translations) {
        SampleStory {
            images = images == null ? List.of() : images;
            topics = topics == null ? List.of() : topics;
        }
    }

    record SampleImage(String src, boolean decorative, Map<String, String> alt, Map<String, String> caption) {
        SampleImage {
            alt = alt == null ? Map.of() : alt;
            caption = caption == null ? Map.of() : caption;
        }
    }

    record SampleTranslation(
            String slug,
            String title,
            String lead,
            String body,
            String aboutTitle,
            String aboutBody,
            Integer aboutAfter) {}
}
