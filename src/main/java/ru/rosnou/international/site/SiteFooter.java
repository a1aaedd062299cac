package ru.rosnou.international.site;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.social.service.SocialLink;
import ru.rosnou.international.social.service.SocialProfileService;

/** The footer of every page: contacts, the university's social network profiles, questions, the statement. */
class SiteFooter extends Footer {

    private final SocialProfileService socialProfiles;
    private final UnorderedList socialLinks = new UnorderedList();

    SiteFooter(SocialProfileService socialProfiles) {
        this.socialProfiles = socialProfiles;
        addClassName("site-footer");
        socialLinks.addClassName("social-links");
    }

    void render(Language language) {
        removeAll();
        Section contacts = new Section(
                new H2(getTranslation("footer.contacts")),
                new Paragraph(getTranslation("footer.unit")),
                new Paragraph(getTranslation("footer.address")));
        contacts.addClassName("footer-contacts");
        Section social = new Section(new H2(getTranslation("footer.social")), socialLinks);
        social.addClassName("footer-social");
        Paragraph copyright = new Paragraph(getTranslation("footer.copyright"));
        copyright.addClassName("footer-copyright");
        add(contacts, social, questionLinks(language), copyright);
    }

    private UnorderedList questionLinks(Language language) {
        Anchor ask = SiteLinks.anchor(SiteLinks.ask(language), getTranslation("footer.ask"));
        ask.addClassName("footer-ask");
        Anchor faq = SiteLinks.anchor(SiteLinks.faq(language), getTranslation("footer.faq"));
        faq.addClassName("footer-faq");
        Anchor statement = SiteLinks.anchor(SiteLinks.accessibility(language), getTranslation("footer.accessibility"));
        statement.addClassName("footer-accessibility");
        UnorderedList questionLinks = new UnorderedList(new ListItem(ask), new ListItem(faq), new ListItem(statement));
        questionLinks.addClassName("footer-questions");
        return questionLinks;
    }

    /** The profiles editors keep, read again on every navigation so that changes show at once. */
    void renderSocialLinks(Language language) {
        socialLinks.removeAll();
        for (SocialLink link : socialProfiles.currentProfiles()) {
            Anchor anchor = new Anchor(link.url(), link.accessibleName());
            anchor.getElement().setAttribute("rel", "noopener");
            // Names are typed in one language; a Russian name on an English page is marked as Russian.
            Language written = Language.ofText(link.accessibleName());
            if (written != language) {
                anchor.getElement().setAttribute("lang", written.code());
            }
            socialLinks.add(new ListItem(anchor));
        }
    }
}
