package ru.rosnou.international.news.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ru.rosnou.international.base.i18n.Language;

/**
 * An article as the editor's form holds it. {@code translationOf} names an article in the other language
 * whose story this one translates (null: a story of its own).
 */
public class ArticleDraft {

    private Long id;
    private Language language = Language.RU;
    private String slug = "";
    private String title = "";
    private LocalDate publishedOn;
    private String lead = "";
    private String body = "";
    private String aboutTitle = "";
    private String aboutBody = "";
    private Set<String> topics = new LinkedHashSet<>();
    private Long translationOf;
    private boolean published;
    private List<ImageDraft> images = new ArrayList<>();

    /** An image of the article: informative ones need alt text, decorative ones have none. */
    public record ImageDraft(String src, String altText, boolean decorative, String caption) {}

    public List<ImageDraft> getImages() {
        return images;
    }

    public void setImages(List<ImageDraft> images) {
        this.images = images;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getAboutTitle() {
        return aboutTitle;
    }

    public void setAboutTitle(String aboutTitle) {
        this.aboutTitle = aboutTitle;
    }

    public String getAboutBody() {
        return aboutBody;
    }

    public void setAboutBody(String aboutBody) {
        this.aboutBody = aboutBody;
    }

    public Set<String> getTopics() {
        return topics;
    }

    public void setTopics(Set<String> topics) {
        this.topics = topics;
    }

    public Long getTranslationOf() {
        return translationOf;
    }

    public void setTranslationOf(Long translationOf) {
        this.translationOf = translationOf;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
