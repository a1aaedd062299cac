package ru.rosnou.international.workspace.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.LanguageView;
import ru.rosnou.international.base.ui.PageTitles;
import ru.rosnou.international.base.ui.TranslatablePage;

/**
 * A page of the editors' workspace: its heading, which is also the window title, the workspace navigation with
 * this page (or the section it belongs to) marked, and the link to the same page in the other language. Each
 * page adds its own content in {@link #build}, again on every visit and language change. A page whose address
 * names something, such as one article, reads it first in {@link #load} and names its own title and translation.
 */
public abstract class WorkspacePage extends Div implements BeforeEnterObserver, HasDynamicTitle, TranslatablePage {

    private final String path;
    private final String titleKey;
    private final AuthenticationContext authentication;
    private Language language = Language.RU;

    /**
     * @param path the page's address in Russian, such as {@code editor/social}; for a page under a section of the
     *     navigation (one article under {@code editor/news}), the section's
     */
    protected WorkspacePage(String path, String titleKey, AuthenticationContext authentication) {
        this.path = path;
        this.titleKey = titleKey;
        this.authentication = authentication;
        addClassName("editor-page");
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        language = LanguageView.of(event);
        if (!load(event)) {
            return;
        }
        removeAll();
        add(new H1(getTranslation(titleKey())), new EditorNav(language, path, authentication));
        build(event);
    }

    /**
     * Reads what the address names before anything is drawn; false when it names nothing, after the page has
     * rerouted to an error. The language is known by then.
     */
    protected boolean load(BeforeEnterEvent event) {
        return true;
    }

    /** The key of the page's heading and title; a page may name it by what it shows (a new or an existing article). */
    protected String titleKey() {
        return titleKey;
    }

    /** Adds the page's content below the heading and the workspace navigation. */
    protected abstract void build(BeforeEnterEvent event);

    protected Language language() {
        return language;
    }

    protected AuthenticationContext authentication() {
        return authentication;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation(titleKey()));
    }

    @Override
    public Optional<String> translationPath() {
        return Optional.of(language.other().path(path));
    }
}
