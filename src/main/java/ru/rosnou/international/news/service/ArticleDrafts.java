package ru.rosnou.international.news.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.news.domain.Article;
import ru.rosnou.international.news.domain.ArticleImage;
import ru.rosnou.international.news.domain.Topic;

/** An article as the editor's form holds it, and back: the cleaning of what is saved happens here. */
final class ArticleDrafts {

    private ArticleDrafts() {}

    static ArticleDraft of(Article article, @Nullable Long translationOf) {
        ArticleDraft draft = new ArticleDraft();
        draft.setId(article.getId());
        draft.setLanguage(article.getLanguage());
        draft.setSlug(article.getSlug());
        draft.setTitle(article.getTitle());
        draft.setPublishedOn(article.getPublishedOn());
        draft.setLead(article.getLead());
        draft.setBody(article.getBody());
        draft.setAboutTitle(article.getAboutTitle() == null ? "" : article.getAboutTitle());
        draft.setAboutBody(article.getAboutBody() == null ? "" : article.getAboutBody());
        draft.setTopics(
                article.getTopics().stream().map(Topic::getSlug).collect(Collectors.toCollection(LinkedHashSet::new)));
        draft.setPublished(article.isPublished());
        draft.setImages(article.getImages().stream()
                .map(i -> new ArticleDraft.ImageDraft(i.getSrc(), i.getAltText(), i.isDecorative(), i.getCaption()))
                .collect(Collectors.toCollection(ArrayList::new)));
        draft.setTranslationOf(translationOf);
        return draft;
    }

    /**
     * Everything of a checked draft into the article (a new one when there is none yet): text cleaned to the safe
     * subset, images, topics.
     */
    static Article written(
            ArticleDraft draft, @Nullable Article existing, String storyKey, Collection<Topic> topics, Instant now) {
        String slug = draft.getSlug().strip();
        String title = draft.getTitle().strip();
        String lead = draft.getLead().strip();
        String body = SafeMarkup.clean(draft.getBody());
        Language language = draft.getLanguage();
        Article article = existing != null
                ? existing
                : new Article(storyKey, language, slug, title, draft.getPublishedOn(), lead, body);
        article.edit(storyKey, language, slug, title, draft.getPublishedOn(), lead, body);
        boolean hasAbout = !draft.getAboutTitle().isBlank();
        article.setAbout(
                hasAbout ? draft.getAboutTitle().strip() : null,
                hasAbout ? SafeMarkup.clean(draft.getAboutBody()) : null,
                null);
        article.setPublished(draft.isPublished());
        article.setUpdatedAt(now);
        article.getImages().clear();
        draft.getImages()
                .forEach(image -> article.getImages()
                        .add(new ArticleImage(
                                image.src(),
                                image.decorative() ? "" : image.altText().strip(),
                                image.decorative(),
                                image.caption() == null ? "" : image.caption().strip())));
        article.getTopics().clear();
        article.getTopics().addAll(topics);
        return article;
    }
}
