package ru.rosnou.international.base.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import java.net.URI;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Vaadin components written as the HTML of a first response. */
class StaticHtmlTest {

    private static String html(Component component) {
        return StaticHtml.toJsoup(new Document(""), component.getElement(), URI.create("/"))
                .outerHtml()
                .replaceAll("\\s*\\n\\s*", "");
    }

    @Test
    void relativeAddressesBecomeAbsolutePathsAndInPageLinksStayInThePage() {
        assertThat(StaticHtml.absolutePath("en/association", URI.create("/"))).isEqualTo("/en/association");
        assertThat(StaticHtml.absolutePath(".", URI.create("/"))).isEqualTo("/");
        assertThat(StaticHtml.absolutePath(".?year=2020", URI.create("/"))).isEqualTo("/?year=2020");
        assertThat(StaticHtml.absolutePath("en?page=2", URI.create("/news/"))).isEqualTo("/news/en?page=2");
        assertThat(StaticHtml.absolutePath("#main-content", URI.create("/"))).isEqualTo("#main-content");
        assertThat(StaticHtml.absolutePath("https://vk.com/rosnou", URI.create("/")))
                .isEqualTo("https://vk.com/rosnou");
        assertThat(StaticHtml.absolutePath("/media/3", URI.create("/"))).isEqualTo("/media/3");
    }

    @Test
    void hiddenComponentsAreLeftOutAndShownStateBecomesAttributes() {
        Paragraph hidden = new Paragraph("not shown");
        hidden.setVisible(false);
        NativeDetails details = new NativeDetails("Filters", new Paragraph("inside"));
        details.setOpen(true);
        Div page = new Div(new Anchor("en", "English"), hidden, details);

        String html = html(page);

        assertThat(html).contains("<a href=\"/en\">English</a>").doesNotContain("not shown");
        assertThat(html).contains("<details open>");
    }

    @Test
    void textIsWrittenAsTextNeverAsMarkup() {
        assertThat(html(new Paragraph("<script>alert(1)</script>")))
                .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    }
}
