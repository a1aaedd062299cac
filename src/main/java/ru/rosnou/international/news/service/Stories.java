package ru.rosnou.international.news.service;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.rosnou.international.news.domain.Article;
import ru.rosnou.international.news.domain.ArticleRepository;

/**
 * A story is one piece of news in both languages: its articles share a story key. Linking an article to its
 * translation joins their stories; unlinking gives it a story of its own.
 */
@Component
class Stories {

    private final ArticleRepository articles;

    Stories(ArticleRepository articles) {
        this.articles = articles;
    }

    /** The story key a checked draft is saved with. */
    String keyFor(ArticleDraft draft) {
        if (draft.getTranslationOf() != null) {
            return articles.findById(draft.getTranslationOf()).orElseThrow().getStoryKey();
        }
        if (draft.getId() != null) {
            Article current = articles.findById(draft.getId()).orElseThrow();
            boolean shared = articles.findByStoryKey(current.getStoryKey()).stream()
                    .anyMatch(a -> !a.getId().equals(current.getId()));
            // Unlinking a translation gives the article a story of its own.
            return shared ? newKey() : current.getStoryKey();
        }
        return newKey();
    }

    /** The article's translation: the other article of its story, if there is one. */
    @Nullable
    Long translationOf(Article article) {
        return articles.findByStoryKey(article.getStoryKey()).stream()
                .filter(other -> !other.getId().equals(article.getId()))
                .findFirst()
                .map(Article::getId)
                .orElse(null);
    }

    private static String newKey() {
        return "story-" + UUID.randomUUID();
    }
}
