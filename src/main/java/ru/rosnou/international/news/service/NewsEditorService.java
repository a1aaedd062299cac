package ru.rosnou.international.news.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

    static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");
    static final int MAX_TITLE = 500;
    static final int MAX_LEAD = 2000;
    static final int MAX_SLUG = 255;
    static final int MAX_BODY = 100_000;

    /** Articles on one page of the editors' list. */
    public static final int LIST_PAGE_SIZE = 25;

    private final ArticleRepository articles;
    private final TopicRepository topics;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public NewsEditorService(ArticleRepository articles, TopicRepository topics, ApplicationEventPublisher events,
                             Clock clock) {
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
        return new EditorArticlePage(page.getContent().stream().map(NewsEditorService::editorArticle).toList(),
                page.getNumber() + 1, Math.max(1, page.getTotalPages()), page.getTotalElements());
    }

    /**
     * Without a search the total is the table's row count, which the database knows at once; counting through the
     * search's condition would read every article (10 ms at 100,000).
     */
    private Page<ArticleListing> listings(String pattern, PageRequest request) {
        if (pattern == null) {
            return new org.springframework.data.domain.PageImpl<>(articles.findAllListings(request), request,
                    articles.count());
        }
        return articles.findListings(pattern, request);
    }

    /** Articles whose title contains the words, for choosing a translation: at most {@code limit} from offset. */
    @Transactional(readOnly = true)
    public List<EditorArticle> findByTitle(String titleWords, int offset, int limit) {
        int size = Math.max(1, limit);
        return articles.findListings(titlePattern(titleWords), PageRequest.of(offset / size, size)).getContent()
                .stream().map(NewsEditorService::editorArticle).toList();
    }

    @Transactional(readOnly = true)
    public Optional<EditorArticle> find(long id) {
        return articles.findById(id).map(a -> new EditorArticle(a.getId(), Language.ofCode(a.getLanguage()),
                a.getSlug(), a.getTitle(), a.getPublishedOn(), a.isPublished()));
    }

    /** A LIKE pattern for the words, its wildcards escaped; null for no words. */
    static String titlePattern(String titleWords) {
        String words = titleWords == null ? "" : titleWords.strip().toLowerCase(java.util.Locale.ROOT);
        if (words.isEmpty()) {
            return null;
        }
        return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static EditorArticle editorArticle(ArticleListing a) {
        return new EditorArticle(a.id(), Language.ofCode(a.language()), a.slug(), a.title(), a.publishedOn(),
                a.published());
    }

    @Transactional(readOnly = true)
    public Optional<ArticleDraft> draft(long id) {
        return articles.findById(id).map(article -> {
            ArticleDraft draft = new ArticleDraft();
            draft.setId(article.getId());
            draft.setLanguage(Language.ofCode(article.getLanguage()));
            draft.setSlug(article.getSlug());
            draft.setTitle(article.getTitle());
            draft.setPublishedOn(article.getPublishedOn());
            draft.setLead(article.getLead());
            draft.setBody(article.getBody());
            draft.setAboutTitle(article.getAboutTitle() == null ? "" : article.getAboutTitle());
            draft.setAboutBody(article.getAboutBody() == null ? "" : article.getAboutBody());
            draft.setTopics(article.getTopics().stream().map(Topic::getSlug)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            draft.setPublished(article.isPublished());
            draft.setImages(article.getImages().stream()
                    .map(i -> new ArticleDraft.ImageDraft(i.getSrc(), i.getAltText(), i.isDecorative(), i.getCaption()))
                    .collect(Collectors.toCollection(java.util.ArrayList::new)));
            articles.findByStoryKey(article.getStoryKey()).stream()
                    .filter(other -> !other.getId().equals(article.getId()))
                    .findFirst().ifPresent(other -> draft.setTranslationOf(other.getId()));
            return draft;
        });
    }

    @Transactional(readOnly = true)
    public List<TopicName> topics(Language language) {
        return topics.findAllByOrderBySlugAsc().stream()
                .map(topic -> new TopicName(topic.getSlug(), topic.name(language.code()))).toList();
    }

    /** Saves the draft; returns field name to message key for what is wrong, or the saved id. */
    public SaveResult save(ArticleDraft draft) {
        Map<String, String> errors = validate(draft);
        if (!errors.isEmpty()) {
            return new SaveResult(null, errors);
        }
        String storyKey = storyKey(draft);
        String body = SafeMarkup.clean(draft.getBody());
        Article article;
        if (draft.getId() == null) {
            article = new Article(storyKey, draft.getLanguage().code(), draft.getSlug().strip(),
                    draft.getTitle().strip(), draft.getPublishedOn(), draft.getLead().strip(), body);
        } else {
            article = articles.findById(draft.getId()).orElseThrow();
            article.edit(storyKey, draft.getLanguage().code(), draft.getSlug().strip(), draft.getTitle().strip(),
                    draft.getPublishedOn(), draft.getLead().strip(), body);
        }
        boolean hasAbout = !draft.getAboutTitle().isBlank();
        article.setAbout(hasAbout ? draft.getAboutTitle().strip() : null,
                hasAbout ? SafeMarkup.clean(draft.getAboutBody()) : null, null);
        article.setPublished(draft.isPublished());
        article.setUpdatedAt(clock.instant());
        article.getImages().clear();
        draft.getImages().forEach(image -> article.getImages().add(new ru.rosnou.international.news.domain.ArticleImage(
                image.src(), image.decorative() ? "" : image.altText().strip(), image.decorative(),
                image.caption() == null ? "" : image.caption().strip())));
        article.getTopics().clear();
        draft.getTopics().forEach(slug -> topics.findBySlug(slug).ifPresent(article.getTopics()::add));
        Long id = articles.save(article).getId();
        events.publishEvent(new NewsChanged());
        return new SaveResult(id, Map.of());
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

    Map<String, String> validate(ArticleDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = draft.getTitle() == null ? "" : draft.getTitle().strip();
        if (title.isEmpty()) {
            errors.put("title", "editor.news.error.title.required");
        } else if (title.length() > MAX_TITLE) {
            errors.put("title", "editor.news.error.title.tooLong");
        }
        String slug = draft.getSlug() == null ? "" : draft.getSlug().strip();
        if (!SLUG.matcher(slug).matches() || slug.length() > MAX_SLUG) {
            errors.put("slug", "editor.news.error.slug.format");
        } else if (draft.getId() == null ? articles.existsByLanguageAndSlug(draft.getLanguage().code(), slug)
                : articles.existsByLanguageAndSlugAndIdNot(draft.getLanguage().code(), slug, draft.getId())) {
            errors.put("slug", "editor.news.error.slug.taken");
        }
        if (draft.getPublishedOn() == null) {
            errors.put("date", "editor.news.error.date");
        }
        String lead = draft.getLead() == null ? "" : draft.getLead().strip();
        if (lead.isEmpty() || lead.length() > MAX_LEAD) {
            errors.put("lead", "editor.news.error.lead");
        }
        String body = draft.getBody() == null ? "" : draft.getBody();
        if (SafeMarkup.clean(body).isEmpty() || body.length() > MAX_BODY) {
            errors.put("body", "editor.news.error.body");
        }
        boolean aboutTitle = draft.getAboutTitle() != null && !draft.getAboutTitle().isBlank();
        boolean aboutBody = draft.getAboutBody() != null && !SafeMarkup.clean(draft.getAboutBody()).isEmpty();
        if (aboutTitle != aboutBody || (aboutTitle && draft.getAboutTitle().strip().length() > MAX_TITLE)) {
            errors.put("about", "editor.news.error.about");
        }
        for (ArticleDraft.ImageDraft image : draft.getImages()) {
            boolean ours = image.src() != null && image.src().matches("^/(media/[A-Za-z0-9_-]{22}|images/news/[a-z0-9-]+\\.svg)$");
            boolean described = image.decorative()
                    || (image.altText() != null && !image.altText().isBlank() && image.altText().length() <= 500);
            if (!ours || !described || (image.caption() != null && image.caption().length() > 1000)) {
                errors.put("images", "editor.news.image.error.alt");
            }
        }
        if (draft.getTranslationOf() != null) {
            Optional<Article> other = articles.findById(draft.getTranslationOf());
            boolean sameLanguage = other.map(o -> o.getLanguage().equals(draft.getLanguage().code())).orElse(true);
            boolean taken = other.map(o -> articles.findByStoryKey(o.getStoryKey()).stream()
                    .anyMatch(a -> a.getLanguage().equals(draft.getLanguage().code()) && !a.getId().equals(draft.getId())))
                    .orElse(false);
            if (sameLanguage || taken) {
                errors.put("translation", "editor.news.error.translation");
            }
        }
        return errors;
    }

    private String storyKey(ArticleDraft draft) {
        if (draft.getTranslationOf() != null) {
            return articles.findById(draft.getTranslationOf()).orElseThrow().getStoryKey();
        }
        if (draft.getId() != null) {
            Article current = articles.findById(draft.getId()).orElseThrow();
            boolean shared = articles.findByStoryKey(current.getStoryKey()).stream()
                    .anyMatch(a -> !a.getId().equals(current.getId()));
            // Unlinking a translation gives the article a story of its own.
            return shared ? "story-" + UUID.randomUUID() : current.getStoryKey();
        }
        return "story-" + UUID.randomUUID();
    }

    public record EditorArticle(long id, Language language, String slug, String title, java.time.LocalDate publishedOn,
                                boolean published) {
    }

    /** A page of the editors' list; {@code number} counts from 1. */
    public record EditorArticlePage(List<EditorArticle> items, int number, int totalPages, long totalItems) {
    }

    public record SaveResult(Long id, Map<String, String> errors) {
    }
}
