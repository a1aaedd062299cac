package ru.rosnou.international.news.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import ru.rosnou.international.base.i18n.DateFormats;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.LanguageView;
import ru.rosnou.international.base.ui.MainLayout;
import ru.rosnou.international.base.ui.PageTitles;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.ui.TranslatablePage;
import ru.rosnou.international.editorial.ui.EditorNav;
import ru.rosnou.international.news.service.NewsEditorService;
import ru.rosnou.international.news.service.NewsEditorService.EditorArticle;

/** All articles in both languages for editors: edit, publish or unpublish, delete after confirmation. */
@Route(value = "editor/news", layout = MainLayout.class)
@RouteAlias(value = "en/editor/news", layout = MainLayout.class)
@RolesAllowed("EDITOR")
public class NewsEditorListView extends Div implements BeforeEnterObserver, HasDynamicTitle, TranslatablePage {

    private final NewsEditorService editor;
    private final AuthenticationContext authentication;
    private final UnorderedList list = new UnorderedList();
    private Language language = Language.RU;

    public NewsEditorListView(NewsEditorService editor, AuthenticationContext authentication) {
        this.editor = editor;
        this.authentication = authentication;
        addClassName("editor-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        language = LanguageView.of(event);
        removeAll();
        list.addClassName("editor-list");
        list.setId("editor-news-list");
        Anchor create = SiteLinks.anchor(language.path("editor/news/new"), getTranslation("editor.news.new"));
        create.setId("editor-news-new");
        create.addClassName("footer-ask");
        add(new H1(getTranslation("editor.news.title")), new EditorNav(language, "editor/news", authentication),
                new Paragraph(create), list);
        render();
    }

    private void render() {
        list.removeAll();
        for (EditorArticle article : editor.all()) {
            Span label = new Span(article.title());
            label.getElement().setAttribute("lang", article.language().code());
            Span meta = new Span(" — " + article.language().code().toUpperCase() + ", "
                    + DateFormats.format(article.publishedOn(), language) + ", "
                    + getTranslation(article.published() ? "editor.news.published" : "editor.news.draft"));
            Anchor edit = SiteLinks.anchor(language.path("editor/news/" + article.id()), getTranslation("editor.news.edit"));
            edit.getElement().setAttribute("aria-label", getTranslation("editor.news.edit") + ": " + article.title());
            edit.addClassName("a11y-button");
            NativeButton toggle = button(article, article.published() ? "editor.news.unpublish" : "editor.news.publish",
                    () -> {
                        editor.setPublished(article.id(), !article.published());
                        MainLayout.announce(getTranslation(article.published() ? "editor.news.unpublished"
                                : "editor.news.madePublic", article.title()));
                        render();
                    });
            toggle.setId("news-toggle-" + article.id());
            NativeButton delete = button(article, "editor.news.delete", () -> confirmDelete(article));
            delete.setId("news-delete-" + article.id());
            Div actions = new Div(edit, toggle, delete);
            actions.addClassName("editor-actions");
            ListItem item = new ListItem(new Paragraph(label, meta), actions);
            item.addClassName("editor-item");
            list.add(item);
        }
    }

    private NativeButton button(EditorArticle article, String key, Runnable action) {
        NativeButton button = new NativeButton(getTranslation(key), click -> action.run());
        button.addClassName("a11y-button");
        button.getElement().setAttribute("aria-label", getTranslation(key) + ": " + article.title());
        return button;
    }

    private void confirmDelete(EditorArticle article) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("news-delete-dialog");
        dialog.setHeader(getTranslation("editor.news.delete.title"));
        dialog.setText(getTranslation("editor.news.delete.text", article.title()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("editor.social.delete.cancel"));
        dialog.setConfirmText(getTranslation("editor.news.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            editor.delete(article.id());
            MainLayout.announce(getTranslation("editor.news.deleted", article.title()));
            render();
            getElement().executeJs("document.getElementById('editor-news-new').focus()");
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("editor.news.title"));
    }

    @Override
    public Optional<String> translationPath() {
        return Optional.of(language.other().path("editor/news"));
    }
}
