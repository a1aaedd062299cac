package ru.rosnou.international.news.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.rosnou.international.base.i18n.Language;

/** Everything the article page shows, detached from the persistence context. */
public record ArticleDetails(
        Long id,
        Language language,
        String storyKey,
        String slug,
        String title,
        LocalDate publishedOn,
        String lead,
        String bodyBeforeAboutHtml,
        String aboutTitle,
        String aboutBodyHtml,
        String bodyAfterAboutHtml,
        List<Image> images,
        List<TopicName> topics,
        Instant modified) {

    public boolean hasAbout() {
        return aboutTitle != null && !aboutTitle.isBlank() && aboutBodyHtml != null && !aboutBodyHtml.isBlank();
    }

    public record Image(String src, String altText, boolean decorative, String caption) {}
}
