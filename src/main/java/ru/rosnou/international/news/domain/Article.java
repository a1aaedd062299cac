package ru.rosnou.international.news.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.rosnou.international.base.i18n.Language;

/**
 * One language version of a news story. Versions of the same story share a {@code storyKey};
 * a story may exist in one language only. How it is kept in the search index is said in
 * {@code news.search.domain.ArticleSearchMapping}.
 */
@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "story_key", nullable = false)
    private String storyKey;

    @Column(nullable = false, length = 2)
    private Language language;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(nullable = false)
    private String lead;

    /** Safe markup only: see {@code SafeMarkup}. Long text: "text" on PostgreSQL, unbounded varchar on H2. */
    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(nullable = false)
    private String body;

    @Column(name = "about_title")
    private String aboutTitle;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(name = "about_body")
    private String aboutBody;

    @Column(name = "about_after")
    private Integer aboutAfter;

    @Column(nullable = false)
    private boolean published = true;

    /** When an editor last saved it; null for articles never edited on this site. */
    @Column(name = "updated_at")
    private Instant updatedAt;

    @ManyToMany
    @JoinTable(
            name = "article_topic",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "article_image", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    private List<ArticleImage> images = new ArrayList<>();

    protected Article() {}

    public Article(
            String storyKey,
            Language language,
            String slug,
            String title,
            LocalDate publishedOn,
            String lead,
            String body) {
        edit(storyKey, language, slug, title, publishedOn, lead, body);
    }

    /** Changes what an editor may change; the body must already be clean (see {@code SafeMarkup}). */
    public void edit(
            String storyKey,
            Language language,
            String slug,
            String title,
            LocalDate publishedOn,
            String lead,
            String body) {
        this.storyKey = storyKey;
        this.language = language;
        this.slug = slug;
        this.title = title;
        this.publishedOn = publishedOn;
        this.lead = lead;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public String getStoryKey() {
        return storyKey;
    }

    public Language getLanguage() {
        return language;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getLead() {
        return lead;
    }

    public String getBody() {
        return body;
    }

    public String getAboutTitle() {
        return aboutTitle;
    }

    public String getAboutBody() {
        return aboutBody;
    }

    public Integer getAboutAfter() {
        return aboutAfter;
    }

    /** The About box, placed after {@code afterBlocks} blocks of the body (null: after the whole body). */
    public void setAbout(String aboutTitle, String aboutBody, Integer afterBlocks) {
        this.aboutTitle = aboutTitle;
        this.aboutBody = aboutBody;
        this.aboutAfter = afterBlocks;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public Set<Topic> getTopics() {
        return topics;
    }

    public List<ArticleImage> getImages() {
        return images;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
