package ru.rosnou.international.news.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.reading.DocumentHead;
import ru.rosnou.international.base.reading.PageAddress;
import ru.rosnou.international.base.reading.PageMetadata;
import ru.rosnou.international.base.reading.ReadingView;
import ru.rosnou.international.base.reading.ReadsQuery;
import ru.rosnou.international.base.ui.FigCaption;
import ru.rosnou.international.base.ui.Figure;
import ru.rosnou.international.base.ui.ListenControl;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.ui.Time;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.news.domain.ArticleSummary;
import ru.rosnou.international.news.service.ArticleDetails;
import ru.rosnou.international.news.service.ArticlePage;
import ru.rosnou.international.news.service.NewsService;
import ru.rosnou.international.news.service.TopicName;

/** A news article with its About box, images, topics, translation link and Related reading. */
@Route(value = SiteAddresses.ARTICLE + ":slug")
@RouteAlias(value = SiteAddresses.EN + SiteAddresses.ARTICLE + ":slug")
@AnonymousAllowed
@ReadsQuery({ArticleView.SHOW_IMAGE})
public class ArticleView extends ReadingView {

    /** The query parameter that shows one hidden image: {@code ?show-image=1} for the article's first image. */
    static final String SHOW_IMAGE = "show-image";

    private final NewsService news;
    private final DocumentHead head;
    private String slug = "";

    public ArticleView(NewsService news, DocumentHead head) {
        this.news = news;
        this.head = head;
        addClassName("article-page");
    }

    @Override
    protected Optional<PageMetadata> render(PageAddress address) {
        Language language = address.language();
        Optional<ArticlePage> found = news.articlePage(language, address.parameter("slug"));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ArticleDetails article = found.get().article();
        slug = article.slug();
        Optional<ArticleSummary> translation = found.get().translation();
        add(
                article(article, translation, address),
                relatedReading(article, found.get().relatedReading()));
        Optional<PageMetadata.Image> image = article.images().stream()
                .filter(i -> !i.decorative())
                .findFirst()
                .map(i -> new PageMetadata.Image(i.src(), i.altText()));
        return Optional.of(new PageMetadata(
                article.title(),
                article.lead(),
                PageMetadata.Kind.ARTICLE,
                SiteLinks.article(language, article.slug()),
                translation.map(t -> SiteLinks.article(language.other(), t.slug())),
                image,
                article.publishedOn(),
                article.modified(),
                article.topics().stream().map(TopicName::name).toList()));
    }

    private Article article(ArticleDetails article, Optional<ArticleSummary> translation, PageAddress page) {
        Language language = article.language();
        Article content = new Article();
        content.addClassName("article");
        Paragraph date = new Paragraph(new Time(article.publishedOn(), language));
        date.addClassName("article-date");
        Paragraph lead = new Paragraph(article.lead());
        lead.addClassName("article-lead");
        // On paper the reader has no address bar: the article's own address is printed under its date.
        Paragraph address = new Paragraph(head.absolute(SiteLinks.article(language, article.slug())));
        address.addClassName("print-only");
        address.addClassName("article-address");
        content.add(new H1(article.title()), date, address, new ListenControl("main article.article", language), lead);
        int shown = page.single(SHOW_IMAGE).map(ArticleView::number).orElse(0);
        int number = 0;
        for (ArticleDetails.Image image : article.images()) {
            if (image.decorative()) {
                content.add(figure(image, 0, false));
            } else {
                number++;
                content.add(figure(image, number, number == shown));
            }
        }
        if (!article.bodyBeforeAboutHtml().isEmpty()) {
            content.add(new Html("<div class=\"article-body\">" + article.bodyBeforeAboutHtml() + "</div>"));
        }
        if (article.hasAbout()) {
            content.add(about(article));
        }
        if (!article.bodyAfterAboutHtml().isEmpty()) {
            content.add(new Html("<div class=\"article-body\">" + article.bodyAfterAboutHtml() + "</div>"));
        }
        if (!article.topics().isEmpty()) {
            content.add(topics(article.topics(), language));
        }
        content.add(new ShareLinks(head.absolute(SiteLinks.article(language, article.slug())), article.title()));
        translation.ifPresent(t -> content.add(translationLink(language.other(), t)));
        return content;
    }

    /** The "About" box: what the article's subject is, in a section of its own. */
    private static Section about(ArticleDetails article) {
        H2 heading = new H2(article.aboutTitle());
        heading.setId("about-heading");
        Section about = new Section(heading, new Html("<div>" + article.aboutBodyHtml() + "</div>"));
        about.addClassName("article-about");
        about.getElement().setAttribute("aria-labelledby", "about-heading");
        return about;
    }

    /** The link to the same story in the other language, written in that language. */
    private Paragraph translationLink(Language other, ArticleSummary translation) {
        Anchor link = SiteLinks.anchor(
                SiteLinks.article(other, translation.slug()),
                getTranslation(other.locale(), "article.readInThisLanguage"));
        link.getElement().setAttribute("hreflang", other.code());
        link.getElement().setAttribute("lang", other.code());
        Paragraph paragraph = new Paragraph(link);
        paragraph.addClassName("article-translation");
        return paragraph;
    }

    /**
     * An image; when the reader hides images, its alt text and caption stay in its place with a link that shows
     * this one image: the article's own address with {@code ?show-image=n}, which draws the page with that image
     * shown, so that it works without script (the reader script turns the link into a toggle button that shows it
     * in place). Decorative images have neither and simply disappear.
     */
    private Component figure(ArticleDetails.Image image, int number, boolean revealed) {
        Image img = new Image(image.src(), image.decorative() ? "" : image.altText());
        if (image.decorative()) {
            img.addClassName("decorative");
            return img;
        }
        Paragraph altText = new Paragraph(getTranslation("image.hidden", image.altText()));
        altText.addClassName("image-alt-text");
        String figureId = "figure-" + number;
        String path = SiteLinks.article(language(), slug);
        Anchor reveal = revealed
                ? SiteLinks.anchor(path + "#" + figureId, getTranslation("image.hide"))
                : SiteLinks.anchor(
                        path + "?" + SHOW_IMAGE + "=" + number + "#" + figureId, getTranslation("image.show"));
        reveal.addClassName("image-reveal");
        reveal.getElement().setAttribute("data-show", getTranslation("image.show"));
        Figure figure = new Figure(img, altText, reveal);
        figure.setId(figureId);
        figure.addClassName("article-figure");
        figure.setClassName("image-revealed", revealed);
        if (!image.caption().isBlank()) {
            figure.add(new FigCaption(new Span(image.caption())));
        }
        return figure;
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /**
     * The article's topics under a heading of their own, at the level of the article's other parts (About, Share): it
     * names the list and tells a topic's link ("Association of Japanese and Russian Universities", the news of that
     * topic) from the main navigation's link of the same name (the Association's page).
     */
    private Section topics(List<TopicName> topics, Language language) {
        H2 heading = new H2(getTranslation("article.topics"));
        heading.setId("article-topics-heading");
        UnorderedList list = new UnorderedList();
        for (TopicName topic : topics) {
            list.add(new ListItem(SiteLinks.anchor(SiteLinks.newsList(language, null, topic.slug(), 1), topic.name())));
        }
        Section box = new Section(heading, list);
        box.addClassName("article-topics");
        box.getElement().setAttribute("aria-labelledby", "article-topics-heading");
        return box;
    }

    private Aside relatedReading(ArticleDetails article, List<ArticleSummary> related) {
        H2 heading = new H2(getTranslation("related.heading"));
        heading.setId("related-heading");
        Aside aside = new Aside(heading);
        aside.addClassName("related-reading");
        aside.getElement().setAttribute("aria-labelledby", "related-heading");
        if (related.isEmpty()) {
            aside.add(new Paragraph(getTranslation("related.empty")));
            return aside;
        }
        UnorderedList list = new UnorderedList();
        for (ArticleSummary item : related) {
            Paragraph date = new Paragraph(new Time(item.publishedOn(), article.language()));
            date.addClassName("related-date");
            list.add(new ListItem(
                    SiteLinks.anchor(SiteLinks.article(article.language(), item.slug()), item.title()), date));
        }
        aside.add(list);
        return aside;
    }
}
