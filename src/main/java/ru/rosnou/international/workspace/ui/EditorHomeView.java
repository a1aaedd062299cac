package ru.rosnou.international.workspace.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.security.Roles;

/** The workspace's start page. */
@Route(value = SiteAddresses.WORKSPACE)
@RouteAlias(value = SiteAddresses.EN + SiteAddresses.WORKSPACE)
@RolesAllowed(Roles.EDITOR)
public class EditorHomeView extends WorkspacePage {

    public EditorHomeView(AuthenticationContext authentication) {
        super(SiteAddresses.WORKSPACE, "editor.title", authentication);
    }

    @Override
    protected void build(BeforeEnterEvent event) {
        add(new Paragraph(getTranslation("editor.intro")));
    }
}
