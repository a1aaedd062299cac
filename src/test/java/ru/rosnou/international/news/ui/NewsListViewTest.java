package ru.rosnou.international.news.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.rosnou.international.KaribuTest;
import ru.rosnou.international.base.ui.Pagination;
import ru.rosnou.international.base.ui.Time;

class NewsListViewTest extends KaribuTest {

    @Test
    void englishHomeListsTheNewestNewsWithDatesAndPagination() {
        navigate("en");

        assertThat(_get(H1.class).getText()).isEqualTo("News");
        List<NewsCard> cards = _find(NewsCard.class);
        assertThat(cards).hasSize(6);
        List<String> dates = _find(Time.class).stream()
                .map(t -> t.getElement().getAttribute("datetime"))
                .toList();
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a)).first().isEqualTo("2021-11-10");
        assertThat(_find(Time.class).get(0).getElement().getText()).isEqualTo("10 November 2021");
        Pagination pagination = _get(Pagination.class);
        assertThat(pagination.getElement().getAttribute("aria-label")).isEqualTo("Pages");
        Anchor current = _get(pagination, Anchor.class, spec -> spec.withText("1"));
        assertThat(current.getElement().getAttribute("aria-current")).isEqualTo("page");
        assertThat(_get(pagination, Anchor.class, spec -> spec.withText("2")).getHref())
                .isEqualTo("en?page=2");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("News — RosNOU International");
        NativeDetails filters = _get(NativeDetails.class);
        assertThat(filters.isOpen())
                .as("filters fold away while none is chosen")
                .isFalse();
        assertThat(filters.getSummaryText()).isEqualTo("Filter news by year and topic");
    }

    @Test
    void russianHomeIsInRussian() {
        navigate("");

        assertThat(_get(H1.class).getText()).isEqualTo("Новости");
        assertThat(_find(Time.class).get(0).getElement().getText()).isEqualTo("10 ноября 2021 г.");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Новости — РосНОУ: международная деятельность");
    }

    @Test
    void theSecondPageContinuesTheList() {
        navigate("en?page=2");

        Pagination pagination = _get(Pagination.class);
        assertThat(_get(pagination, Anchor.class, spec -> spec.withText("2"))
                        .getElement()
                        .getAttribute("aria-current"))
                .isEqualTo("page");
        assertThat(_get(pagination, Anchor.class, spec -> spec.withText("Previous page"))
                        .getHref())
                .isEqualTo("en");
        assertThat(_find(Time.class).get(0).getElement().getAttribute("datetime"))
                .isEqualTo("2020-06-17");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("News, Page 2");
    }

    @Test
    void yearAndTopicFiltersArePlainLinksWithShareableUrls() {
        navigate("en?year=2019&topic=association");

        Nav years = _get(Nav.class, spec -> spec.withId("filter-years"));
        Anchor year2019 = _get(years, Anchor.class, spec -> spec.withText("2019"));
        assertThat(year2019.getElement().getAttribute("aria-current")).isEqualTo("true");
        assertThat(_get(years, Anchor.class, spec -> spec.withText("All years")).getHref())
                .isEqualTo("en?topic=association");
        Nav topics = _get(Nav.class, spec -> spec.withId("filter-topics"));
        assertThat(_get(topics, Anchor.class, spec -> spec.withText("Japan")).getHref())
                .isEqualTo("en?year=2019&topic=japan");
        assertThat(_find(Time.class))
                .isNotEmpty()
                .allSatisfy(
                        t -> assertThat(t.getElement().getAttribute("datetime")).startsWith("2019-"));
        assertThat(UI.getCurrent().getInternals().getTitle())
                .startsWith("News, 2019, Association of Japanese and Russian Universities");
        NativeDetails filters = _get(NativeDetails.class);
        assertThat(filters.isOpen()).as("an active filter is shown").isTrue();
        assertThat(filters.getSummaryText())
                .isEqualTo("Filter news by year and topic: 2019, Association of Japanese and Russian Universities");
    }

    @Test
    void aFilterWithNoResultsSaysSoAndOffersAllNews() {
        navigate("en?year=2018&topic=internships");

        assertThat(_find(NewsCard.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withText("There is no news for this choice."))
                        .isVisible())
                .isTrue();
        assertThat(_get(Anchor.class, spec -> spec.withText("Show all news")).getHref())
                .isEqualTo("en");
    }

    @Test
    void anUnknownTopicIsIgnored() {
        navigate("en?topic=no-such-topic");

        assertThat(_find(NewsCard.class)).hasSize(6);
        assertThat(_get(
                                _get(Nav.class, spec -> spec.withId("filter-topics")),
                                Anchor.class,
                                spec -> spec.withText("All topics"))
                        .getElement()
                        .getAttribute("aria-current"))
                .isEqualTo("true");
    }

    @Test
    void malformedQueryValuesFallBackToTheFirstPageOfAllNews() {
        navigate("en?page=abc&year=<script>");

        assertThat(_find(NewsCard.class)).hasSize(6);
        Nav years = _get(Nav.class, spec -> spec.withId("filter-years"));
        assertThat(_get(years, Anchor.class, spec -> spec.withText("All years"))
                        .getElement()
                        .getAttribute("aria-current"))
                .isEqualTo("true");
        assertThat(_get(_get(Pagination.class), Anchor.class, spec -> spec.withText("1"))
                        .getElement()
                        .getAttribute("aria-current"))
                .isEqualTo("page");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("News — RosNOU International");
    }
}
