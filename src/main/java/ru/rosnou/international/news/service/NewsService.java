package ru.rosnou.international.news.service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.news.domain.Article;
import ru.rosnou.international.news.domain.ArticleRepository;
import ru.rosnou.international.news.domain.ArticleSummary;
import ru.rosnou.international.news.domain.Topic;

/** Reading the news: lists, articles, translations and related reading. */
@Service
@Transactional(readOnly = true)
public class NewsService {

    public static final int RELATED_READING_SIZE = 4;

    private final ArticleRepository articles;
    private final int pageSize;

    public NewsService(ArticleRepository articles, @Value("${app.news.page-size:6}") int pageSize) {
        this.articles = articles;
        this.pageSize = pageSize;
    }

    public int pageSize() {
        return pageSize;
    }

    /** A page of news, newest first; a page number past the end yields the last page. */
    public NewsPage list(Language language, NewsFilter filter, int pageNumber) {
        int requested = Math.max(1, pageNumber);
        Page<ArticleSummary> page = fetch(language, filter, requested);
        if (page.getContent().isEmpty() && page.getTotalPages() > 0 && requested > page.getTotalPages()) {
            page = fetch(language, filter, page.getTotalPages());
        }
        return new NewsPage(page.getContent(), page.getNumber() + 1, Math.max(1, page.getTotalPages()),
                page.getTotalElements());
    }

    private Page<ArticleSummary> fetch(Language language, NewsFilter filter, int pageNumber) {
        return articles.findSummaries(language.code(), filter.from(), filter.until(), filter.topic(),
                PageRequest.of(pageNumber - 1, pageSize));
    }

    public Optional<ArticleDetails> article(Language language, String slug) {
        return articles.findByLanguageAndSlugAndPublishedTrue(language.code(), slug).map(this::details);
    }

    public boolean exists(Language language, String slug) {
        return articles.existsByLanguageAndSlugAndPublishedTrue(language.code(), slug);
    }

    public Optional<ArticleSummary> translation(ArticleDetails article) {
        return articles.findTranslation(article.storyKey(), article.language().other().code());
    }

    /** Up to four other articles in the same language; never empty while other articles exist. */
    public List<ArticleSummary> relatedReading(ArticleDetails article) {
        return articles.findRelated(article.id(), article.language().code(), article.publishedOn(),
                PageRequest.ofSize(RELATED_READING_SIZE));
    }

    /** The newest articles of one topic, for pages about that topic. */
    public List<ArticleSummary> latestAbout(Language language, String topicSlug, int limit) {
        return articles.findSummaries(language.code(), NewsFilter.NONE.from(), NewsFilter.NONE.until(),
                topicSlug, PageRequest.of(0, limit)).getContent();
    }

    public List<Integer> years(Language language) {
        return articles.findYears(language.code());
    }

    public List<TopicName> topics(Language language) {
        return articles.findTopicsInUse(language.code()).stream()
                .map(topic -> new TopicName(topic.getSlug(), topic.name(language.code())))
                .sorted(Comparator.comparing(TopicName::name, java.text.Collator.getInstance(language.locale())))
                .toList();
    }

    private ArticleDetails details(Article article) {
        Language language = Language.ofCode(article.getLanguage());
        List<ArticleDetails.Image> images = article.getImages().stream()
                .map(image -> new ArticleDetails.Image(image.getSrc(), image.getAltText(), image.isDecorative(),
                        image.getCaption()))
                .toList();
        List<TopicName> topics = article.getTopics().stream()
                .sorted(Comparator.comparing(Topic::getSlug))
                .map(topic -> new TopicName(topic.getSlug(), topic.name(language.code())))
                .toList();
        String body = SafeMarkup.clean(article.getBody());
        boolean hasAbout = article.getAboutTitle() != null && !article.getAboutTitle().isBlank();
        List<String> parts = hasAbout ? SafeMarkup.splitAfterBlocks(body, article.getAboutAfter())
                : List.of(body, "");
        return new ArticleDetails(article.getId(), language, article.getStoryKey(), article.getSlug(),
                article.getTitle(), article.getPublishedOn(), article.getLead(), parts.get(0),
                article.getAboutTitle(), SafeMarkup.clean(article.getAboutBody()), parts.get(1), images, topics);
    }
}
