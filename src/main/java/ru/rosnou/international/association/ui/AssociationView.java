package ru.rosnou.international.association.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import ru.rosnou.international.association.service.AssociationOverview;
import ru.rosnou.international.association.service.AssociationOverview.CongressEntry;
import ru.rosnou.international.association.service.AssociationOverview.MemberCount;
import ru.rosnou.international.association.service.AssociationService;
import ru.rosnou.international.base.i18n.DateFormats;
import ru.rosnou.international.base.reading.PageAddress;
import ru.rosnou.international.base.reading.PageMetadata;
import ru.rosnou.international.base.reading.ReadingView;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.ui.Time;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.news.domain.ArticleSummary;

/** The Association of Japanese and Russian Universities, assembled from its facts and its news. */
@Route(value = SiteAddresses.ASSOCIATION)
@RouteAlias(value = SiteAddresses.EN + SiteAddresses.ASSOCIATION)
@AnonymousAllowed
public class AssociationView extends ReadingView {

    private final AssociationService association;

    public AssociationView(AssociationService association) {
        this.association = association;
        addClassName("association-page");
    }

    @Override
    protected Optional<PageMetadata> render(PageAddress address) {
        AssociationOverview overview = association.overview(language());
        add(new H1(overview.name()), new Paragraph(getTranslation("association.also", overview.alternativeName())));
        add(section("purpose", getTranslation("association.purpose"), new Paragraph(overview.purpose())));
        add(section("founding", getTranslation("association.founding"), new Paragraph(overview.founding())));
        add(members(overview));
        add(section("governance", getTranslation("association.governance"), new Paragraph(overview.coChairs())));
        add(congresses(overview));
        add(section("rosnou", getTranslation("association.rosnou"), new Paragraph(overview.rosnouRole())));
        add(section("directorate", getTranslation("association.directorate"), new Paragraph(overview.directorate())));
        add(news(overview));
        return Optional.of(PageMetadata.website(
                overview.name(),
                overview.purpose(),
                SiteLinks.association(language()),
                Optional.of(SiteLinks.association(language().other()))));
    }

    private Section members(AssociationOverview overview) {
        MemberCount current = overview.currentMemberCount();
        Paragraph summary = new Paragraph(getTranslation(
                "association.members.current", DateFormats.monthYear(current.asOf(), language()), current.total()));
        summary.addClassName("association-members-current");
        UnorderedList history = new UnorderedList();
        history.addClassName("association-members-history");
        for (MemberCount count : overview.memberCounts()) {
            String figures = count.perSide() == null
                    ? getTranslation("association.members.total", count.total())
                    : getTranslation("association.members.perSide", count.perSide(), count.total());
            String month = DateFormats.monthYear(count.asOf(), language());
            history.add(new ListItem(new Span(Character.toUpperCase(month.charAt(0)) + month.substring(1) + ": "
                    + figures + ". " + count.note() + ".")));
        }
        return section("members", getTranslation("association.members"), summary, history);
    }

    private Section congresses(AssociationOverview overview) {
        OrderedList timeline = new OrderedList();
        timeline.addClassName("congress-timeline");
        for (CongressEntry congress : overview.congresses()) {
            Time date =
                    new Time(congress.startsOn(), DateFormats.span(congress.startsOn(), congress.endsOn(), language()));
            H3 heading = new H3(new Span(congress.city() + ", "), date);
            Paragraph host = new Paragraph(getTranslation("association.congress.hostIs", congress.host()));
            Paragraph status = new Paragraph(
                    getTranslation(congress.held() ? "association.congress.held" : "association.congress.planned"));
            status.addClassName("congress-status");
            ListItem item = new ListItem(heading, host, new Paragraph(congress.outcome()), status);
            item.addClassName("congress");
            timeline.add(item);
        }
        Paragraph next = new Paragraph(overview.nextCongress()
                .map(c -> getTranslation(
                        "association.congress.nextPlanned",
                        DateFormats.format(c.startsOn(), language()),
                        c.city(),
                        c.host()))
                .orElse(getTranslation("association.congress.noneAnnounced")));
        next.addClassName("congress-next");
        H3 nextHeading = new H3(getTranslation("association.congress.next"));
        return section("congresses", getTranslation("association.congresses"), timeline, nextHeading, next);
    }

    private Section news(AssociationOverview overview) {
        UnorderedList list = new UnorderedList();
        list.addClassName("association-news");
        for (ArticleSummary item : overview.news()) {
            list.add(new ListItem(
                    SiteLinks.anchor(SiteLinks.article(language(), item.slug()), item.title()),
                    new Paragraph(new Time(item.publishedOn(), language()))));
        }
        Paragraph all = SiteLinks.linkParagraph(
                SiteLinks.newsList(language(), null, AssociationService.TOPIC, 1),
                getTranslation("association.news.all"));
        return section("news", getTranslation("association.news"), list, all);
    }

    private static Section section(String id, String heading, Component... content) {
        H2 title = new H2(heading);
        title.setId("association-" + id + "-heading");
        Section section = new Section(title);
        section.add(content);
        section.addClassName("association-" + id);
        section.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        return section;
    }
}
