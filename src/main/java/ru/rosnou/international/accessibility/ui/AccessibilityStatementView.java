package ru.rosnou.international.accessibility.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.Optional;
import ru.rosnou.international.accessibility.domain.AccessibilitySettings;
import ru.rosnou.international.base.i18n.DateFormats;
import ru.rosnou.international.base.reading.PageAddress;
import ru.rosnou.international.base.reading.PageMetadata;
import ru.rosnou.international.base.reading.ReadingView;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.web.SiteAddresses;

/**
 * The accessibility statement, in the form public-sector sites use (the EU directive's model and GOV.UK's): the
 * standard, how the version for the visually impaired works, keyboard use, known exceptions, how the site is
 * tested, when this was last reviewed, and how to report a problem (the question form, its topic preset).
 */
@Route(value = SiteAddresses.ACCESSIBILITY)
@RouteAlias(value = SiteAddresses.EN + SiteAddresses.ACCESSIBILITY)
@AnonymousAllowed
public class AccessibilityStatementView extends ReadingView {

    /** When the statement was last checked against the site; change it with each review. */
    static final LocalDate REVIEWED = LocalDate.of(2026, 12, 1);

    private static final String[] SECTIONS = {"standard", "version", "keyboard"};
    private static final String[] EXCEPTIONS = {"workspace", "listen", "targets", "external"};

    private final String contactEmail;

    public AccessibilityStatementView(AccessibilitySettings settings) {
        this.contactEmail = settings.contactEmail();
    }

    @Override
    protected Optional<PageMetadata> render(PageAddress address) {
        add(new H1(getTranslation("statement.title")), new Paragraph(getTranslation("statement.intro")));
        for (String section : SECTIONS) {
            add(
                    new H2(getTranslation("statement." + section + ".title")),
                    new Paragraph(getTranslation("statement." + section + ".text")));
        }
        UnorderedList exceptions = new UnorderedList();
        for (String exception : EXCEPTIONS) {
            exceptions.add(new ListItem(getTranslation("statement.limits." + exception)));
        }
        add(new H2(getTranslation("statement.limits.title")), exceptions);
        add(
                new H2(getTranslation("statement.testing.title")),
                new Paragraph(getTranslation("statement.testing.text")),
                new Paragraph(getTranslation("statement.reviewed", DateFormats.format(REVIEWED, address.language()))));
        add(
                new H2(getTranslation("statement.report.title")),
                new Paragraph(getTranslation("statement.report.text")),
                SiteLinks.linkParagraph(
                        SiteLinks.ask(address.language()) + "?topic=accessibility",
                        getTranslation("statement.report.link")),
                new Paragraph(
                        new Text(getTranslation("statement.report.email") + " "),
                        new Anchor("mailto:" + contactEmail, contactEmail)));
        return Optional.of(PageMetadata.website(
                getTranslation("statement.title"),
                getTranslation("statement.intro"),
                SiteLinks.accessibility(address.language()),
                Optional.of(SiteLinks.accessibility(address.language().other()))));
    }
}
