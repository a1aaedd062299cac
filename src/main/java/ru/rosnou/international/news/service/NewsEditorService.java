package ru.rosnou.international.news.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rosnou.international.base.forms.Problems;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.news.domain.Article;
import ru.rosnou.international.news.domain.ArticleListing;
import ru.rosnou.international.news.domain.ArticleRepository;
import ru.rosnou.international.news.domain.Topic;
import ru.rosnou.international.news.domain.TopicRepository;

/**
 * What editors do with news: write, publish, unpublish, delete. Bodies keep only the safe markup subset,
 * cleaned here on save; anything invalid is refused with field-by-field message keys and nothing is saved.
 */
@Service
@Transactional
public class NewsEditorService {

    /** Articles on one page of the editors' list. */
    public static final int LIST_PAGE_SIZE = 25;

    private final ArticleRepository articles;
    private final TopicRepository topics;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ArticleDraftCheck check;
    private final Stories stories;

    public NewsEditorService(
            ArticleRepository articles,
            TopicRepository topics,
            ApplicationEventPublisher events,
            Clock clock,
            ArticleDraftCheck check,
            Stories stories) {
        this.check = check;
        this.stories = stories;
        this.articles = articles;
        this.topics = topics;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One page of all articles in both languages, published or not, newest first; with words, only those whose
     * title contains them (letter case ignored). A page number past the end gives the last page.
     */
    @Transactional(readOnly = true)
    public EditorArticlePage list(String titleWords, int pageNumber) {
        String pattern = titlePattern(titleWords);
        Page<ArticleListing> page = listings(pattern, PageRequest.of(Math.max(0, pageNumber - 1), LIST_PAGE_SIZE));
        if (page.getContent().isEmpty() && page.getTotalPages() > 0 && pageNumber > page.getTotalPages()) {
            page = listings(pattern, PageRequest.of(page.getTotalPages() - 1, LIST_PAGE_SIZE));
        }
        return new EditorArticlePage(
                page.getContent().stream().map(NewsEditorService::editorArticle).toList(),
                page.getNumber() + 1,
                Math.max(1, page.getTotalPages()),
                page.getTotalElements());
    }

    /**
     * Without a search the total is the table's row count, which the database knows at once; counting through the
     * search's condition would read every article (10 ms at 100,000).
     */
    private Page<ArticleListing> listings(String pattern, PageRequest request) {
        if (pattern == null) {
            return new PageImpl<>(articles.findAllListings(request), request, articles.count());
        }
        return articles.findListings(pattern, request);
    }

    /** Articles whose title contains the words, for choosing a translation: at most {@code limit} from offset. */
    @Transactional(readOnly = true)
    public List<EditorArticle> findByTitle(String titleWords, int offset, int limit) {
        int size = Math.max(1, limit);
        return articles
                .findListings(titlePattern(titleWords), PageRequest.of(offset / size, size))
                .getContent()
                .stream()
                .map(NewsEditorService::editorArticle)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<EditorArticle> find(long id) {
        return articles.findById(id)
                .map(a -> new EditorArticle(
                        a.getId(), a.getLanguage(), a.getSlug(), a.getTitle(), a.getPublishedOn(), a.isPublished()));
    }

    /** A LIKE pattern for the words, its wildcards escaped; null for no words. */
    static String titlePattern(String titleWords) {
        String words = titleWords == null ? "" : titleWords.strip().toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            return null;
        }
        return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static EditorArticle editorArticle(ArticleListing a) {
        return new EditorArticle(a.id(), a.language(), a.slug(), a.title(), a.publishedOn(), a.published());
    }

    @Transactional(readOnly = true)
    public Optional<ArticleDraft> draft(long id) {
        return articles.findById(id).map(article -> ArticleDrafts.of(article, stories.translationOf(article)));
    }

    @Transactional(readOnly = true)
    public List<TopicName> topics(Language language) {
        return topics.findAllByOrderBySlugAsc().stream()
                .map(topic -> new TopicName(topic.getSlug(), topic.name(language)))
                .toList();
    }

    /** Saves the draft unless something is wrong; returns the saved id, or the problems field by field. */
    public SaveResult save(ArticleDraft draft) {
        Problems problems = check.problems(draft);
        if (!problems.isEmpty()) {
            return new SaveResult(null, problems);
        }
        String storyKey = stories.keyFor(draft);
        Article existing =
                draft.getId() == null ? null : articles.findById(draft.getId()).orElseThrow();
        List<Topic> chosen = draft.getTopics().stream()
                .map(topics::findBySlug)
                .flatMap(Optional::stream)
                .toList();
        Article article = ArticleDrafts.written(draft, existing, storyKey, chosen, clock.instant());
        Long id = articles.save(article).getId();
        events.publishEvent(new NewsChanged());
        return new SaveResult(id, Problems.none());
    }

    /** The body as it will be shown: cleaned to the safe subset. */
    public static String previewBody(String body) {
        return SafeMarkup.clean(body);
    }

    public void setPublished(long id, boolean published) {
        articles.findById(id).orElseThrow().setPublished(published);
        events.publishEvent(new NewsChanged());
    }

    public void delete(long id) {
        articles.deleteById(id);
        events.publishEvent(new NewsChanged());
    }

    public record EditorArticle(
            long id, Language language, String slug, String title, LocalDate publishedOn, boolean published) {}

    /** A page of the editors' list; {@code number} counts from 1. */
    public record EditorArticlePage(List<EditorArticle> items, int number, int totalPages, long totalItems) {}

    public record SaveResult(@Nullable Long id, Problems problems) {}
}
