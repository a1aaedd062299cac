package ru.rosnou.international.news.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.ui.Time;
import ru.rosnou.international.news.domain.ArticleSummary;

/** One item of a news list: the title as a link, the date and the lead. */
class NewsCard extends Article {

    NewsCard(ArticleSummary item, Language language) {
        addClassName("news-card");
        H2 title = new H2(SiteLinks.anchor(SiteLinks.article(language, item.slug()), item.title()));
        Paragraph date = new Paragraph(new Time(item.publishedOn(), language));
        date.addClassName("news-date");
        Paragraph lead = new Paragraph(item.lead());
        lead.addClassName("news-lead");
        add(title, date, lead);
    }
}
