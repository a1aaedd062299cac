package ru.rosnou.international.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An image in an article: informative ones carry alt text, decorative ones are marked as such. */
@Embeddable
public class ArticleImage {

    @Column(nullable = false)
    private String src;

    @Column(name = "alt_text", nullable = false)
    private String altText = "";

    @Column(nullable = false)
    private boolean decorative;

    @Column(nullable = false)
    private String caption = "";

    protected ArticleImage() {}

    public ArticleImage(String src, String altText, boolean decorative, String caption) {
        if (!decorative && (altText == null || altText.isBlank())) {
            throw new IllegalArgumentException("An informative image needs alt text: " + src);
        }
        this.src = src;
        this.altText = decorative ? "" : altText.strip();
        this.decorative = decorative;
        this.caption = caption == null ? "" : caption.strip();
    }

    public String getSrc() {
        return src;
    }

    public String getAltText() {
        return altText;
    }

    public boolean isDecorative() {
        return decorative;
    }

    public String getCaption() {
        return caption;
    }
}
