package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import ru.rosnou.international.SampleArticles;

/**
 * A keyboard-only reader: skip link, the seed article from the English home page, a Related reading
 * link, then the language switch. After each step: where focus is, the document title, html lang.
 */
class KeyboardJourneyIT extends BrowserTest {

    @Test
    void aKeyboardOnlyReaderGetsFromTheHomePageToARelatedArticleAndItsTranslation() {
        open("en", 1280);
        assertThat(driver.getTitle()).isEqualTo("News — RosNOU International");
        assertThat(htmlLang()).isEqualTo("en");

        press(Keys.TAB);
        WebElement skip = activeElement();
        assertThat(skip.getAttribute("class")).contains("skip-link");
        assertThat(skip.getText()).isEqualTo("Skip to main content");
        assertThat(skip.isDisplayed()).isTrue();
        assertThat(((Number) js("return arguments[0].getBoundingClientRect().top;", skip)).doubleValue())
                .as("the focused skip link is on screen")
                .isGreaterThanOrEqualTo(0);
        assertFocusIsVisible(skip);

        press(Keys.ENTER);
        assertThat(activeElement().getAttribute("id")).isEqualTo("main-content");

        WebElement seedLink = tabUntil(el -> SampleArticles.SEED_EN_TITLE.equals(el.getText()), Keys.TAB);
        assertThat(seedLink.getTagName()).isEqualTo("a");
        assertFocusIsVisible(seedLink);
        press(Keys.ENTER);
        waitUntil("the seed article opens", () -> driver.getTitle().startsWith(SampleArticles.SEED_EN_TITLE));
        waitForPage();
        assertThat(driver.getTitle()).isEqualTo(SampleArticles.SEED_EN_TITLE + " — RosNOU International");
        assertThat(htmlLang()).isEqualTo("en");
        assertANewPageStartsAtTheTopWithTheSkipLinkToItsHeading(SampleArticles.SEED_EN_TITLE);

        WebElement related = tabUntil(
                el -> Boolean.TRUE.equals(js("return !!arguments[0].closest('aside');", el))
                        && "a".equals(el.getTagName()),
                Keys.TAB);
        String relatedTitle = related.getText();
        assertFocusIsVisible(related);
        press(Keys.ENTER);
        waitUntil("the related article opens", () -> driver.getTitle().startsWith(relatedTitle));
        waitForPage();
        assertANewPageStartsAtTheTopWithTheSkipLinkToItsHeading(relatedTitle);
        assertThat(htmlLang()).isEqualTo("en");
        assertThat(driver.getCurrentUrl()).contains("/en/info-center/inform/");

        WebElement languageLink = tabUntil(
                el -> el.getAttribute("class") != null
                        && el.getAttribute("class").contains("language-link"),
                Keys.SHIFT,
                Keys.TAB);
        assertThat(languageLink.getText()).isEqualTo("Русский");
        assertThat(languageLink.getAttribute("hreflang")).isEqualTo("ru");
        assertFocusIsVisible(languageLink);
        press(Keys.ENTER);
        waitUntil("the page switches to Russian", () -> "ru".equals(htmlLang()));
        waitUntil(
                "the Russian title is set", () -> driver.getTitle().endsWith(" — РосНОУ: международная деятельность"));
        waitForPage();
        assertThat(driver.getCurrentUrl()).doesNotContain("/en/").contains("/info-center/inform/");
        String heading = driver.findElement(By.cssSelector("main h1")).getText();
        assertThat(driver.getTitle()).startsWith(heading);
        assertThat(heading).matches(".*\\p{IsCyrillic}.*");
        assertANewPageStartsAtTheTopWithTheSkipLinkToItsHeading(heading);
    }

    /**
     * Reading pages are whole pages: following a link loads the next one, which a screen reader announces by its
     * title and reads from the top, as on any web page. The first Tab reaches the skip link; Enter on it puts the
     * reader in the main content, just before the page's heading.
     */
    private static void assertANewPageStartsAtTheTopWithTheSkipLinkToItsHeading(String heading) {
        assertThat(js("return document.activeElement === document.body;"))
                .as("focus at the page's start")
                .isEqualTo(true);
        press(Keys.TAB);
        assertThat(activeElement().getAttribute("class")).contains("skip-link");
        press(Keys.ENTER);
        assertThat(activeElement().getAttribute("id")).isEqualTo("main-content");
        assertThat(js("return document.querySelector('#main-content h1').textContent;"))
                .isEqualTo(heading);
    }

    /** A keyboard focus indicator is drawn: an outline or a ring. */
    private static void assertFocusIsVisible(WebElement element) {
        String outline = (String) js(
                "const s = getComputedStyle(arguments[0]);"
                        + " return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.boxShadow;",
                element);
        assertThat(outline)
                .as("focus style of %s", element.getText())
                .satisfiesAnyOf(
                        s -> assertThat(s).doesNotStartWith("none"),
                        s -> assertThat(s).doesNotEndWith("none"));
    }
}
