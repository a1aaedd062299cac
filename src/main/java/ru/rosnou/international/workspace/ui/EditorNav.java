package ru.rosnou.international.workspace.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.security.AuthenticationContext;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.security.Roles;

/** The workspace's own navigation: its sections, who is signed in, and signing out. */
public class EditorNav extends Nav {

    public EditorNav(Language language, String current, AuthenticationContext authentication) {
        addClassName("editor-nav");
        getElement().setAttribute("aria-label", getTranslation("editor.nav"));
        UnorderedList links = new UnorderedList();
        addLink(links, language, SiteAddresses.WORKSPACE, "editor.nav.home", current);
        addLink(links, language, SiteAddresses.WORKSPACE_NEWS, "editor.nav.news", current);
        addLink(links, language, SiteAddresses.WORKSPACE_QUESTIONS, "editor.nav.questions", current);
        addLink(links, language, SiteAddresses.WORKSPACE_SOCIAL, "editor.nav.social", current);
        if (authentication.hasRole(Roles.ADMIN)) {
            addLink(links, language, SiteAddresses.WORKSPACE_USERS, "editor.nav.users", current);
        }
        String user = authentication.getPrincipalName().orElse("");
        Paragraph signedIn = new Paragraph(getTranslation("editor.signedIn", user));
        signedIn.addClassName("editor-user");
        NativeButton signOut = new NativeButton(getTranslation("editor.signOut"), click -> authentication.logout());
        signOut.setId("editor-sign-out");
        signOut.addClassName("a11y-button");
        add(links, signedIn, signOut);
    }

    private void addLink(UnorderedList links, Language language, String path, String key, String current) {
        Anchor link = SiteLinks.anchor(language.path(path), getTranslation(key));
        if (path.equals(current)) {
            link.getElement().setAttribute("aria-current", "page");
        }
        links.add(new ListItem(link));
    }
}
