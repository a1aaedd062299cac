package ru.rosnou.international.editorial.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.LanguageView;
import ru.rosnou.international.base.ui.MainLayout;
import ru.rosnou.international.base.ui.PageTitles;
import ru.rosnou.international.base.ui.TranslatablePage;

/** The workspace's start page. */
@Route(value = "editor", layout = MainLayout.class)
@RouteAlias(value = "en/editor", layout = MainLayout.class)
@RolesAllowed("EDITOR")
public class EditorHomeView extends Div implements BeforeEnterObserver, HasDynamicTitle, TranslatablePage {

    private final AuthenticationContext authentication;
    private Language language = Language.RU;

    public EditorHomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("editor-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        language = LanguageView.of(event);
        removeAll();
        add(new H1(getTranslation("editor.title")), new EditorNav(language, "editor", authentication),
                new Paragraph(getTranslation("editor.intro")));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("editor.title"));
    }

    @Override
    public Optional<String> translationPath() {
        return Optional.of(language.other().path("editor"));
    }
}
