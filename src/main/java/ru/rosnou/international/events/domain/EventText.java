package ru.rosnou.international.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;
import ru.rosnou.international.base.i18n.Language;

/** An event in one language: its address, title, summary, description, place and report. */
@Embeddable
public class EventText {

    @Column(nullable = false, length = 2)
    private Language language;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    /** Plain text, paragraphs separated by empty lines. */
    @Column(nullable = false, length = 4000)
    private String body;

    /** Where it is held, as readers of this language write it; none for an event held online only. */
    private @Nullable String place;

    /** The slug of the article (in this language) that reports on the event. */
    @Column(name = "report_slug")
    private @Nullable String reportSlug;

    protected EventText() {}

    public EventText(
            Language language,
            String slug,
            String title,
            String summary,
            String body,
            @Nullable String place,
            @Nullable String reportSlug) {
        this.language = language;
        this.slug = slug;
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.place = place;
        this.reportSlug = reportSlug;
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

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public @Nullable String getReportSlug() {
        return reportSlug;
    }
}
