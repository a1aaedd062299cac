package ru.rosnou.international.news.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.rosnou.international.base.i18n.DateFormats;
import ru.rosnou.international.base.ui.Announcer;
import ru.rosnou.international.base.ui.ConfirmDeletion;
import ru.rosnou.international.base.ui.Focus;
import ru.rosnou.international.base.ui.ItemActions;
import ru.rosnou.international.base.ui.Pagination;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.news.service.NewsEditorService;
import ru.rosnou.international.news.service.NewsEditorService.EditorArticle;
import ru.rosnou.international.news.service.NewsEditorService.EditorArticlePage;
import ru.rosnou.international.security.Roles;
import ru.rosnou.international.workspace.ui.WorkspacePage;

/**
 * Articles in both languages for editors, a page at a time, newest first, searchable by title: edit, publish or
 * unpublish, delete after confirmation. The search and the page are in the address ({@code ?q=congress&page=2}).
 */
@Route(value = SiteAddresses.WORKSPACE_NEWS)
@RouteAlias(value = SiteAddresses.EN + SiteAddresses.WORKSPACE_NEWS)
@RolesAllowed(Roles.EDITOR)
public class NewsEditorListView extends WorkspacePage {

    private static final String PATH = SiteAddresses.WORKSPACE_NEWS;

    private final NewsEditorService editor;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph found = new Paragraph();
    private final Div pages = new Div();
    private String words = "";
    private int pageNumber = 1;

    public NewsEditorListView(NewsEditorService editor, AuthenticationContext authentication) {
        super(PATH, "editor.news.title", authentication);
        this.editor = editor;
    }

    @Override
    protected void build(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        words = query.getSingleParameter("q").orElse("").strip();
        pageNumber = query.getSingleParameter("page")
                .map(NewsEditorListView::parsePage)
                .orElse(1);
        list.addClassName("editor-list");
        list.setId("editor-news-list");
        found.setId("editor-news-found");
        Anchor create = SiteLinks.anchor(language().path(PATH + "/new"), getTranslation("editor.news.new"));
        create.setId("editor-news-new");
        create.addClassName("action-link");
        add(new Paragraph(create), searchForm(), found, list, pages);
        render();
    }

    private Div searchForm() {
        TextField search = new TextField(getTranslation("editor.news.search.label"));
        search.setId("editor-news-search");
        search.setValue(words);
        search.setClearButtonVisible(true);
        search.setMaxLength(200);
        NativeButton go =
                new NativeButton(getTranslation("editor.news.search.button"), click -> search(search.getValue()));
        go.setId("editor-news-search-button");
        go.addClassName("a11y-button");
        search.addKeyPressListener(Key.ENTER, enter -> search(search.getValue()));
        Div form = new Div(search, go);
        form.addClassName("editor-search");
        form.getElement().setAttribute("role", "search");
        return form;
    }

    private void search(String value) {
        UI.getCurrent().navigate(language().path(PATH), QueryParameters.simple(query(value.strip(), 1)));
    }

    private void render() {
        EditorArticlePage page = editor.list(words, pageNumber);
        pageNumber = page.number();
        found.setText(
                words.isEmpty()
                        ? getTranslation("editor.news.found", page.totalItems())
                        : getTranslation("editor.news.foundFor", page.totalItems(), words));
        list.removeAll();
        for (EditorArticle article : page.items()) {
            list.add(item(article));
        }
        pages.removeAll();
        if (page.totalPages() > 1) {
            pages.add(new Pagination(page.number(), page.totalPages(), number -> pagePath(words, number)));
        }
        if (!words.isEmpty()) {
            pages.add(new Paragraph(SiteLinks.anchor(language().path(PATH), getTranslation("editor.news.showAll"))));
        }
    }

    private ListItem item(EditorArticle article) {
        Span label = new Span(article.title());
        label.getElement().setAttribute("lang", article.language().code());
        Span meta = new Span(" — " + article.language().code().toUpperCase() + ", "
                + DateFormats.format(article.publishedOn(), language()) + ", "
                + getTranslation(article.published() ? "editor.news.published" : "editor.news.draft"));
        Anchor edit = SiteLinks.anchor(language().path(PATH + "/" + article.id()), getTranslation("editor.news.edit"));
        ItemActions.name(edit, getTranslation("editor.news.edit"), article.title(), article.language());
        edit.addClassName("a11y-button");
        NativeButton toggle =
                button(article, article.published() ? "editor.news.unpublish" : "editor.news.publish", () -> {
                    editor.setPublished(article.id(), !article.published());
                    Announcer.say(getTranslation(
                            article.published() ? "editor.news.unpublished" : "editor.news.madePublic",
                            article.title()));
                    render();
                    // The list is drawn anew: keep the keyboard on this article's button.
                    Focus.returnTo("news-toggle-" + article.id());
                });
        toggle.setId("news-toggle-" + article.id());
        NativeButton delete = button(article, "editor.news.delete", () -> confirmDelete(article));
        delete.setId("news-delete-" + article.id());
        Div actions = new Div(edit, toggle, delete);
        actions.addClassName("editor-actions");
        ListItem item = new ListItem(new Paragraph(label, meta), actions);
        item.addClassName("editor-item");
        return item;
    }

    private String pagePath(String searchWords, int number) {
        Map<String, String> query = query(searchWords, number);
        String path = language().path(PATH);
        return query.isEmpty()
                ? path
                : path + "?" + QueryParameters.simple(query).getQueryString();
    }

    private static Map<String, String> query(String searchWords, int number) {
        Map<String, String> query = new LinkedHashMap<>();
        if (!searchWords.isEmpty()) {
            query.put("q", searchWords);
        }
        if (number > 1) {
            query.put("page", Integer.toString(number));
        }
        return query;
    }

    private static int parsePage(String value) {
        try {
            return Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private NativeButton button(EditorArticle article, String key, Runnable action) {
        NativeButton button = new NativeButton(getTranslation(key), click -> action.run());
        button.addClassName("a11y-button");
        ItemActions.name(button, getTranslation(key), article.title(), article.language());
        return button;
    }

    private void confirmDelete(EditorArticle article) {
        ConfirmDeletion.open(
                "news-delete-dialog",
                getTranslation("editor.news.delete.title"),
                getTranslation("editor.news.delete.text", article.title()),
                getTranslation("editor.news.delete.cancel"),
                getTranslation("editor.news.delete"),
                () -> {
                    editor.delete(article.id());
                    Announcer.say(getTranslation("editor.news.deleted", article.title()));
                    render();
                    Focus.returnTo("editor-news-new");
                },
                () -> Focus.returnTo("news-delete-" + article.id()));
    }
}
