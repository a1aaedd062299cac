package ru.rosnou.international.association.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.Test;
import ru.rosnou.international.KaribuTest;

class AssociationViewTest extends KaribuTest {

    @Test
    void theEnglishPageIsBuiltFromTheAssociationsFacts() {
        navigate("en/association");

        assertThat(_get(H1.class).getText()).isEqualTo("Association of Japanese and Russian Universities");
        assertThat(_find(_get(AssociationView.class), H2.class))
                .extracting(H2::getText)
                .containsExactly(
                        "Purpose",
                        "Founding",
                        "Members",
                        "Co-chairs and organisation",
                        "Congresses",
                        "RosNOU in the Association",
                        "Responsible unit at RosNOU",
                        "News about the Association");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("association-members-current"))
                        .getText())
                .isEqualTo("In September 2021, the Association was reported to have 63 members.");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("congress"))).hasSize(3);
        assertThat(_find(H3.class))
                .extracting(h3 -> h3.getElement().getTextRecursively())
                .contains(
                        "Sapporo, 18–20 May 2018",
                        "Moscow, 23 September 2019",
                        "Niigata, 16 September 2021",
                        "Next congress");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("congress-next"))
                        .getText())
                .startsWith("The date and place of the next congress have not been announced yet.");
        Section rosnou = _get(Section.class, spec -> spec.withClasses("association-rosnou"));
        assertThat(_get(rosnou, Paragraph.class).getText())
                .startsWith("As of October 2019")
                .contains("only private university out of 27");
        assertThat(_get(Section.class, spec -> spec.withClasses("association-directorate"))
                        .getElement()
                        .getTextRecursively())
                .contains("International Affairs & Academic Mobility Directorate");
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Association of Japanese and Russian Universities — RosNOU International");
    }

    @Test
    void itListsTheNewsAboutTheAssociationWithALinkToAllOfThem() {
        navigate("en/association");

        Section news = _get(Section.class, spec -> spec.withClasses("association-news"));
        assertThat(_find(news, Anchor.class)).hasSizeGreaterThan(2);
        assertThat(_get(news, Anchor.class, spec -> spec.withText("All news about the Association"))
                        .getHref())
                .isEqualTo("en?topic=association");
    }

    @Test
    void theRussianPageIsInRussian() {
        navigate("association");

        assertThat(_get(H1.class).getText()).isEqualTo("Ассоциация японских и российских университетов");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("association-members-current"))
                        .getText())
                .isEqualTo("По данным на сентябрь 2021 г., число участников Ассоциации — 63.");
        assertThat(_find(H3.class))
                .extracting(h3 -> h3.getElement().getTextRecursively())
                .contains("Ниигата, 16 сентября 2021 г.", "Следующий конгресс");
        Anchor languageLink = _get(Anchor.class, spec -> spec.withClasses("language-link"));
        assertThat(languageLink.getHref()).isEqualTo("en/association");
    }
}
