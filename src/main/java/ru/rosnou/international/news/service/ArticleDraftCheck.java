package ru.rosnou.international.news.service;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import ru.rosnou.international.base.forms.Problems;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.news.domain.Article;
import ru.rosnou.international.news.domain.ArticleRepository;

/** What an article must be before it is saved: each field's problem, in the order of the editor's form. */
@Component
class ArticleDraftCheck {

    static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");
    static final int MAX_TITLE = 500;
    static final int MAX_LEAD = 2000;
    static final int MAX_SLUG = 255;
    static final int MAX_BODY = 100_000;
    private static final Pattern OUR_IMAGE = Pattern.compile(
            "^/(" + SiteAddresses.MEDIA + "[A-Za-z0-9_-]{22}|" + SiteAddresses.IMAGES + "news/[a-z0-9-]+\\.svg)$");

    private final ArticleRepository articles;

    ArticleDraftCheck(ArticleRepository articles) {
        this.articles = articles;
    }

    Problems problems(ArticleDraft draft) {
        Problems.Builder problems = Problems.builder();
        title(draft, problems);
        slug(draft, problems);
        if (draft.getPublishedOn() == null) {
            problems.add("date", "editor.news.error.date");
        }
        String lead = draft.getLead() == null ? "" : draft.getLead().strip();
        if (lead.isEmpty() || lead.length() > MAX_LEAD) {
            problems.add("lead", "editor.news.error.lead");
        }
        String body = draft.getBody() == null ? "" : draft.getBody();
        if (SafeMarkup.clean(body).isEmpty() || body.length() > MAX_BODY) {
            problems.add("body", "editor.news.error.body");
        }
        about(draft, problems);
        images(draft, problems);
        translation(draft, problems);
        return problems.build();
    }

    private static void title(ArticleDraft draft, Problems.Builder problems) {
        String title = draft.getTitle() == null ? "" : draft.getTitle().strip();
        if (title.isEmpty()) {
            problems.add("title", "editor.news.error.title.required");
        } else if (title.length() > MAX_TITLE) {
            problems.add("title", "editor.news.error.title.tooLong");
        }
    }

    private void slug(ArticleDraft draft, Problems.Builder problems) {
        String slug = draft.getSlug() == null ? "" : draft.getSlug().strip();
        if (!SLUG.matcher(slug).matches() || slug.length() > MAX_SLUG) {
            problems.add("slug", "editor.news.error.slug.format");
        } else if (draft.getId() == null
                ? articles.existsByLanguageAndSlug(draft.getLanguage(), slug)
                : articles.existsByLanguageAndSlugAndIdNot(draft.getLanguage(), slug, draft.getId())) {
            problems.add("slug", "editor.news.error.slug.taken");
        }
    }

    /** The "About" box: both its title and its text, or neither. */
    private static void about(ArticleDraft draft, Problems.Builder problems) {
        boolean aboutTitle =
                draft.getAboutTitle() != null && !draft.getAboutTitle().isBlank();
        boolean aboutBody = draft.getAboutBody() != null
                && !SafeMarkup.clean(draft.getAboutBody()).isEmpty();
        if (aboutTitle != aboutBody
                || (aboutTitle && draft.getAboutTitle().strip().length() > MAX_TITLE)) {
            problems.add("about", "editor.news.error.about");
        }
    }

    /** Only the site's own images, each described or marked decorative. */
    private static void images(ArticleDraft draft, Problems.Builder problems) {
        for (ArticleDraft.ImageDraft image : draft.getImages()) {
            boolean ours = image.src() != null && OUR_IMAGE.matcher(image.src()).matches();
            boolean described = image.decorative()
                    || (image.altText() != null
                            && !image.altText().isBlank()
                            && image.altText().length() <= 500);
            if (!ours
                    || !described
                    || (image.caption() != null && image.caption().length() > 1000)) {
                problems.add("images", "editor.news.image.error.alt");
            }
        }
    }

    /** A translation is an article in the other language whose story has no article in this one yet. */
    private void translation(ArticleDraft draft, Problems.Builder problems) {
        if (draft.getTranslationOf() == null) {
            return;
        }
        Language language = draft.getLanguage();
        Optional<Article> other = articles.findById(draft.getTranslationOf());
        boolean sameLanguage = other.map(o -> o.getLanguage() == language).orElse(true);
        boolean taken = other.map(o -> articles.findByStoryKey(o.getStoryKey()).stream()
                        .anyMatch(a -> a.getLanguage() == language && !a.getId().equals(draft.getId())))
                .orElse(false);
        if (sameLanguage || taken) {
            problems.add("translation", "editor.news.error.translation");
        }
    }
}
