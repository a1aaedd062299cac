package ru.rosnou.international.news.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import ru.rosnou.international.base.i18n.DateFormats;
import ru.rosnou.international.base.ui.MainLayout;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.news.service.NewsEditorService;
import ru.rosnou.international.editorial.ui.WorkspacePage;
import ru.rosnou.international.news.service.NewsEditorService.EditorArticle;

/** All articles in both languages for editors: edit, publish or unpublish, delete after confirmation. */
@Route(value = "editor/news", layout = MainLayout.class)
@RouteAlias(value = "en/editor/news", layout = MainLayout.class)
@RolesAllowed("EDITOR")
public class NewsEditorListView extends WorkspacePage {

    private final NewsEditorService editor;
    private final UnorderedList list = new UnorderedList();

    public NewsEditorListView(NewsEditorService editor, AuthenticationContext authentication) {
        super("editor/news", "editor.news.title", authentication);
        this.editor = editor;
    }

    @Override
    protected void build(BeforeEnterEvent event) {
        list.addClassName("editor-list");
        list.setId("editor-news-list");
        Anchor create = SiteLinks.anchor(language().path("editor/news/new"), getTranslation("editor.news.new"));
        create.setId("editor-news-new");
        create.addClassName("footer-ask");
        add(new Paragraph(create), list);
        render();
    }

    private void render() {
        list.removeAll();
        for (EditorArticle article : editor.all()) {
            Span label = new Span(article.title());
            label.getElement().setAttribute("lang", article.language().code());
            Span meta = new Span(" — " + article.language().code().toUpperCase() + ", "
                    + DateFormats.format(article.publishedOn(), language()) + ", "
                    + getTranslation(article.published() ? "editor.news.published" : "editor.news.draft"));
            Anchor edit = SiteLinks.anchor(language().path("editor/news/" + article.id()), getTranslation("editor.news.edit"));
            edit.getElement().setAttribute("aria-label", getTranslation("editor.news.edit") + ": " + article.title());
            edit.addClassName("a11y-button");
            NativeButton toggle = button(article, article.published() ? "editor.news.unpublish" : "editor.news.publish",
                    () -> {
                        editor.setPublished(article.id(), !article.published());
                        MainLayout.announce(getTranslation(article.published() ? "editor.news.unpublished"
                                : "editor.news.madePublic", article.title()));
                        render();
                        // The list is drawn anew: keep the keyboard on this article's button.
                        focus("news-toggle-" + article.id());
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
            focus("editor-news-new");
        });
        // The page is inert while the dialog is open, so Vaadin cannot return focus by itself.
        dialog.addCancelListener(cancel -> focus("news-delete-" + article.id()));
        MainLayout.openWithPageInert(dialog);
    }

    private void focus(String id) {
        getElement().executeJs("const e = document.getElementById($0); if (e) { e.focus(); }", id);
    }
}
