package ru.rosnou.international.base.reading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a reading page says about itself to search engines and link previews: its title, a description, its
 * canonical address and translation, and for articles their image, dates and topics. Paths are site paths
 * (no leading slash); the head of the first response turns them into absolute URLs.
 */
public record PageMetadata(
        String title,
        String description,
        Kind kind,
        String canonicalPath,
        Optional<String> translationPath,
        Optional<Image> image,
        LocalDate published,
        Instant modified,
        List<String> tags,
        List<Feed> feeds) {

    public enum Kind {
        WEBSITE,
        ARTICLE
    }

    public record Image(String path, String altText) {}

    /**
     * A feed of this page's own (a topic's news, the events' calendar), advertised in the head beside the site's
     * news feed; {@code type} is its media type.
     */
    public record Feed(String title, String path, String type) {

        /** An Atom feed. */
        public Feed(String title, String path) {
            this(title, path, "application/atom+xml");
        }
    }

    public PageMetadata {
        description = description == null ? "" : description;
        tags = List.copyOf(tags);
        feeds = List.copyOf(feeds);
    }

    public PageMetadata(
            String title,
            String description,
            Kind kind,
            String canonicalPath,
            Optional<String> translationPath,
            Optional<Image> image,
            LocalDate published,
            Instant modified,
            List<String> tags) {
        this(title, description, kind, canonicalPath, translationPath, image, published, modified, tags, List.of());
    }

    /** The same page with a feed of its own news too. */
    public PageMetadata withFeed(Feed feed) {
        List<Feed> more = new ArrayList<>(feeds);
        more.add(feed);
        return new PageMetadata(
                title, description, kind, canonicalPath, translationPath, image, published, modified, tags, more);
    }

    /** A page that is not an article. */
    public static PageMetadata website(
            String title, String description, String canonicalPath, Optional<String> translationPath) {
        return new PageMetadata(
                title,
                description,
                Kind.WEBSITE,
                canonicalPath,
                translationPath,
                Optional.empty(),
                null,
                null,
                List.of());
    }
}
