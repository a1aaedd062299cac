package ru.rosnou.international.news.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import ru.rosnou.international.KaribuTest;
import ru.rosnou.international.base.ui.Pagination;

class NewsEditorListViewTest extends KaribuTest {

    @Test
    void theEditorsListShowsAPageOfArticlesWithLinksToTheOthers() {
        login("editor1", "EDITOR");
        navigate("en/editor/news");

        assertThat(_find(ListItem.class, spec -> spec.withClasses("editor-item")))
                .hasSize(25);
        assertThat(_get(Paragraph.class, spec -> spec.withId("editor-news-found"))
                        .getText())
                .isEqualTo("Articles found: 32");
        Pagination pages = _get(Pagination.class);
        assertThat(_get(pages, Anchor.class, spec -> spec.withText("2")).getHref())
                .isEqualTo("en/editor/news?page=2");
    }

    @Test
    void searchingByTitleKeepsTheWordsInTheAddressAndSaysHowManyMatch() {
        login("editor1", "EDITOR");
        navigate("en/editor/news");

        _get(TextField.class, spec -> spec.withId("editor-news-search")).setValue("congress");
        ButtonKt._click(_get(NativeButton.class, spec -> spec.withId("editor-news-search-button")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("en/editor/news?q=congress");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("editor-item")))
                .hasSize(3);
        assertThat(_get(Paragraph.class, spec -> spec.withId("editor-news-found"))
                        .getText())
                .isEqualTo("Articles whose title contains \"congress\": 3");
        assertThat(_find(Pagination.class)).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withText("Show all articles"))
                        .getHref())
                .isEqualTo("en/editor/news");
    }
}
