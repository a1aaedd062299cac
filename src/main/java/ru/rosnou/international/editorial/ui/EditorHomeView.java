package ru.rosnou.international.editorial.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import ru.rosnou.international.base.security.Roles;
import ru.rosnou.international.base.ui.MainLayout;

/** The workspace's start page. */
@Route(value = "editor", layout = MainLayout.class)
@RouteAlias(value = "en/editor", layout = MainLayout.class)
@RolesAllowed(Roles.EDITOR)
public class EditorHomeView extends WorkspacePage {


    public EditorHomeView(AuthenticationContext authentication) {
        super("editor", "editor.title", authentication);
    }

    @Override
    protected void build(BeforeEnterEvent event) {
        add(new Paragraph(getTranslation("editor.intro")));
    }
}
