package ru.rosnou.international.news.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.text.Collator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.rosnou.international.base.events.ContentChanged;
import ru.rosnou.international.base.i18n.DateFormats;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.news.domain.Article;
import ru.rosnou.international.news.domain.ArticleRepository;
import ru.rosnou.international.news.domain.ArticleSummary;
import ru.rosnou.international.news.domain.SitemapArticle;
import ru.rosnou.international.news.domain.Topic;
import ru.rosnou.international.news.domain.TopicRepository;

/** Reading the news: lists, articles, translations and related reading. */
@Service
@Transactional(readOnly = true)
public class NewsService {

    public static final int RELATED_READING_SIZE = 4;
    /**
     * Related reading looks at this many articles per shared topic on either side of the article's date: the
     * nearest that share any of its topics.
     */
    static final int RELATED_CANDIDATES_PER_TOPIC = 50;
    /**
     * How long the years, topics and totals of the lists are kept. Publishing clears them at once on this
     * instance; the expiry bounds how long another instance may show an old count.
     */
    static final Duration CATALOGUE_EXPIRY = Duration.ofMinutes(1);

    private final ArticleRepository articles;
    private final TopicRepository topics;
    private final int pageSize;
    /** Years, topics in use and list totals: small, read on every list page, changed only by publishing. */
    private final Cache<Object, Object> catalogue = Caffeine.newBuilder()
            .maximumSize(2_000)
            .expireAfterWrite(CATALOGUE_EXPIRY)
            .build();

    public NewsService(ArticleRepository articles, TopicRepository topics, NewsSettings settings) {
        this.articles = articles;
        this.topics = topics;
        this.pageSize = settings.pageSize();
    }

    /**
     * Forgets the cached years, topics and totals once a change to the news is committed (or rolled back), here or
     * on another instance.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void newsChanged(ContentChanged change) {
        catalogue.invalidateAll();
    }

    public int pageSize() {
        return pageSize;
    }

    /** A page of news, newest first; a page number past the end yields the last page. */
    public NewsPage list(Language language, NewsFilter filter, int pageNumber) {
        long total = (Long) catalogue.get(
                new TotalKey(language, filter),
                key -> articles.countSummaries(language, filter.from(), filter.until(), filter.topic()));
        int totalPages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int number = Math.min(Math.max(1, pageNumber), totalPages);
        List<ArticleSummary> items = articles.findSummaries(
                language, filter.from(), filter.until(), filter.topic(), PageRequest.of(number - 1, pageSize));
        return new NewsPage(items, number, totalPages, total);
    }

    /** The newest published articles of the language (of one topic, when given), for its news feed. */
    public List<FeedEntry> feed(Language language, String topicSlug, int size) {
        NewsFilter filter = new NewsFilter(null, topicSlug);
        List<ArticleSummary> newest = articles.findSummaries(
                language, filter.from(), filter.until(), filter.topic(), PageRequest.of(0, size));
        Map<Long, Article> withTopics = articles
                .findByIdIn(newest.stream().map(ArticleSummary::id).toList())
                .stream()
                .collect(Collectors.toMap(Article::getId, article -> article));
        return newest.stream()
                .map(summary -> {
                    Article article = withTopics.get(summary.id());
                    List<TopicName> names = article.getTopics().stream()
                            .map(topic -> new TopicName(topic.getSlug(), topic.name(language)))
                            .sorted(Comparator.comparing(TopicName::name))
                            .toList();
                    return new FeedEntry(
                            summary.slug(),
                            summary.title(),
                            summary.lead(),
                            summary.publishedOn(),
                            article.getUpdatedAt(),
                            names);
                })
                .toList();
    }

    /** Every published article with its translation, for the sitemap, oldest first. */
    public List<SitemapPage> sitemapArticles() {
        List<SitemapArticle> all = articles.findSitemapArticles();
        Map<String, List<SitemapArticle>> byStory =
                all.stream().collect(Collectors.groupingBy(SitemapArticle::storyKey));
        return all.stream()
                .map(article -> {
                    Map<Language, String> versions = new EnumMap<>(Language.class);
                    byStory.get(article.storyKey())
                            .forEach(version -> versions.putIfAbsent(version.language(), version.slug()));
                    LocalDate changed = article.updatedAt() == null
                            ? article.publishedOn()
                            : LocalDate.ofInstant(article.updatedAt(), DateFormats.ZONE);
                    return new SitemapPage(
                            article.language(), article.slug(), changed, versions.size() > 1 ? versions : Map.of());
                })
                .toList();
    }

    /** How many articles {@link #sitemapArticles} lists, without reading them. */
    public long countSitemapArticles() {
        return articles.countByPublishedTrue();
    }

    public Optional<ArticleDetails> article(Language language, String slug) {
        return articles.findByLanguageAndSlugAndPublishedTrue(language, slug).map(this::details);
    }

    /** An article's page in one go: one transaction and connection instead of one per part. */
    public Optional<ArticlePage> articlePage(Language language, String slug) {
        return article(language, slug)
                .map(details -> new ArticlePage(details, translation(details), relatedReading(details)));
    }

    public boolean exists(Language language, String slug) {
        return articles.existsByLanguageAndSlugAndPublishedTrue(language, slug);
    }

    public Optional<ArticleSummary> translation(ArticleDetails article) {
        return articles.findTranslation(article.storyKey(), article.language().other());
    }

    /**
     * Up to four other articles in the same language, most shared topics first, then the closest in date;
     * never empty while other articles exist. Candidates are the nearest articles that share a topic, on
     * either side of the article's date, and the nearest of any topic, so the work does not grow with the
     * number of articles.
     */
    public List<ArticleSummary> relatedReading(ArticleDetails article) {
        Language language = article.language();
        Map<String, Long> idsBySlug = topicIds();
        List<Long> topicIds = article.topics().stream()
                .map(topic -> idsBySlug.get(topic.slug()))
                .filter(Objects::nonNull)
                .toList();
        Map<Long, ArticleSummary> candidates = new LinkedHashMap<>();
        if (!topicIds.isEmpty()) {
            PageRequest sharing = PageRequest.ofSize(RELATED_CANDIDATES_PER_TOPIC * topicIds.size());
            addCandidates(
                    candidates,
                    articles.findSharingTopicsOnOrBefore(
                            article.id(), language, article.publishedOn(), topicIds, sharing));
            addCandidates(
                    candidates,
                    articles.findSharingTopicsOnOrAfter(
                            article.id(), language, article.publishedOn(), topicIds, sharing));
        }
        PageRequest nearest = PageRequest.ofSize(RELATED_READING_SIZE);
        addCandidates(
                candidates, articles.findNearestOnOrBefore(article.id(), language, article.publishedOn(), nearest));
        addCandidates(
                candidates, articles.findNearestOnOrAfter(article.id(), language, article.publishedOn(), nearest));
        Map<Long, Long> shared = new HashMap<>();
        if (!topicIds.isEmpty() && !candidates.isEmpty()) {
            for (Object[] row : articles.countSharedTopics(candidates.keySet(), topicIds)) {
                shared.put((Long) row[0], (Long) row[1]);
            }
        }
        return candidates.values().stream()
                .sorted(Comparator.comparingLong((ArticleSummary c) -> -shared.getOrDefault(c.id(), 0L))
                        .thenComparingLong(
                                c -> Math.abs(ChronoUnit.DAYS.between(article.publishedOn(), c.publishedOn())))
                        .thenComparing(ArticleSummary::publishedOn, Comparator.reverseOrder())
                        .thenComparing(ArticleSummary::id))
                .limit(RELATED_READING_SIZE)
                .toList();
    }

    /** Every topic's id by its slug: a few rows, read once and kept until the news changes. */
    @SuppressWarnings("unchecked")
    private Map<String, Long> topicIds() {
        return (Map<String, Long>) catalogue.get(
                TopicIdsKey.INSTANCE,
                key -> topics.findAll().stream().collect(Collectors.toUnmodifiableMap(Topic::getSlug, Topic::getId)));
    }

    private enum TopicIdsKey {
        INSTANCE
    }

    private static void addCandidates(Map<Long, ArticleSummary> candidates, List<ArticleSummary> found) {
        found.forEach(summary -> candidates.putIfAbsent(summary.id(), summary));
    }

    /** The newest articles of one topic, for pages about that topic. */
    public List<ArticleSummary> latestAbout(Language language, String topicSlug, int limit) {
        return articles.findSummaries(
                language, NewsFilter.NONE.from(), NewsFilter.NONE.until(), topicSlug, PageRequest.of(0, limit));
    }

    /** The years that have published news in the language, newest first. */
    @SuppressWarnings("unchecked")
    public List<Integer> years(Language language) {
        return (List<Integer>) catalogue.get(new YearsKey(language), key -> List.copyOf(articles.findYears(language)));
    }

    /** The topics that published news of the language use, in the language's alphabetical order. */
    @SuppressWarnings("unchecked")
    public List<TopicName> topics(Language language) {
        return (List<TopicName>) catalogue.get(
                new TopicsKey(language),
                key -> articles.findTopicsInUse(language).stream()
                        .map(topic -> new TopicName(topic.getSlug(), topic.name(language)))
                        .sorted(Comparator.comparing(TopicName::name, Collator.getInstance(language.locale())))
                        .toList());
    }

    private record TotalKey(Language language, NewsFilter filter) {}

    private record YearsKey(Language language) {}

    private record TopicsKey(Language language) {}

    private ArticleDetails details(Article article) {
        Language language = article.getLanguage();
        List<ArticleDetails.Image> images = article.getImages().stream()
                .map(image -> new ArticleDetails.Image(
                        image.getSrc(), image.getAltText(), image.isDecorative(), image.getCaption()))
                .toList();
        List<TopicName> topics = article.getTopics().stream()
                .sorted(Comparator.comparing(Topic::getSlug))
                .map(topic -> new TopicName(topic.getSlug(), topic.name(language)))
                .toList();
        String body = SafeMarkup.clean(article.getBody());
        boolean hasAbout =
                article.getAboutTitle() != null && !article.getAboutTitle().isBlank();
        List<String> parts = hasAbout ? SafeMarkup.splitAfterBlocks(body, article.getAboutAfter()) : List.of(body, "");
        // Never edited here: the publication date (midnight in Moscow) stands for the last change.
        Instant modified = article.getUpdatedAt() != null
                ? article.getUpdatedAt()
                : article.getPublishedOn().atStartOfDay(DateFormats.ZONE).toInstant();
        return new ArticleDetails(
                article.getId(),
                language,
                article.getStoryKey(),
                article.getSlug(),
                article.getTitle(),
                article.getPublishedOn(),
                article.getLead(),
                parts.get(0),
                article.getAboutTitle(),
                SafeMarkup.clean(article.getAboutBody()),
                parts.get(1),
                images,
                topics,
                modified);
    }
}
