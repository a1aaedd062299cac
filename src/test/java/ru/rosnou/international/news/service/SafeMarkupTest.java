package ru.rosnou.international.news.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeMarkupTest {

    @Test
    void keepsTheAllowedSubset() {
        String html = "<h2>Plan</h2><p>Read <em lang=\"ru\">справка</em> and <strong>this</strong> "
                + "<a href=\"https://www.msu.ru/en/\">link</a></p><ul><li>one</li></ul><ol><li>two</li></ol><h3>x</h3>";

        assertThat(SafeMarkup.clean(html)).isEqualTo(html);
    }

    @Test
    void removesScriptsHandlersStylesAndForeignTagsButKeepsText() {
        String html = "<p onclick=\"steal()\" style=\"color:red\">Hello <script>alert(1)</script>"
                + "<img src=x onerror=alert(1)><iframe src=\"https://evil\"></iframe>world</p><h1>Big</h1>";

        String clean = SafeMarkup.clean(html);

        assertThat(clean).isEqualTo("<p>Hello world</p>Big");
    }

    @Test
    void dropsJavascriptLinks() {
        assertThat(SafeMarkup.clean("<a href=\"javascript:alert(1)\">x</a>")).isEqualTo("x");
    }

    @Test
    void keepsLinksToTheSitesOwnPagesAndUnwrapsRefusedOnes() {
        assertThat(SafeMarkup.clean("<p><a href=\"/en/info-center/inform/x\">ours</a> and "
                        + "<a href=\"data:text/html,x\">theirs</a></p>"))
                .isEqualTo("<p><a href=\"/en/info-center/inform/x\">ours</a> and theirs</p>");
    }

    @Test
    void splitsAfterTheGivenNumberOfBlocks() {
        String html = "<p>one</p><ul><li>two</li></ul><p>three</p>";

        assertThat(SafeMarkup.splitAfterBlocks(html, 1))
                .containsExactly("<p>one</p>", "<ul><li>two</li></ul><p>three</p>");
        assertThat(SafeMarkup.splitAfterBlocks(html, null)).containsExactly(html, "");
        assertThat(SafeMarkup.splitAfterBlocks(html, 99)).containsExactly(html, "");
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        assertThat(SafeMarkup.clean(null)).isEmpty();
        assertThat(SafeMarkup.clean("  ")).isEmpty();
    }
}
