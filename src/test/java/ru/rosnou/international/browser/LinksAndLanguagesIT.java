package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * What a screen reader user meets in a page's links and names: every in-page link (the skip link, an error
 * summary's links) leads to the page itself, also when opened in a new tab or copied (WCAG 2.4.1), and no
 * control's name mixes two languages in one voice; text in the other language is marked with it (3.1.2).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LinksAndLanguagesIT extends BrowserTest {

    /** In-page links whose address, as the browser resolves it, is not the page's own. */
    private static final String LINKS_LEAVING_THE_PAGE = """
            const here = location.href.split('#')[0];
            return [...document.querySelectorAll('a[href*="#"]')]
              .filter(a => document.getElementById(decodeURIComponent(a.hash.substring(1))))
              .filter(a => a.href.split('#')[0] !== here)
              .map(a => a.getAttribute('href') + ' leads to ' + a.href);""";

    /** Names and texts in a page in one language that speak the other without saying so. */
    private static final String MIXED_LANGUAGES = """
            const cyrillic = /[\\u0400-\\u04FF]/, latin = /[A-Za-z]{2,}/;
            const found = [];
            document.querySelectorAll('[aria-label], [title], img[alt]').forEach(e => {
              ['aria-label', 'title', 'alt'].forEach(name => {
                const value = e.getAttribute(name);
                if (value && cyrillic.test(value) && latin.test(value)) { found.push(name + ': ' + value); }
              });
            });
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let text = walker.nextNode(); text; text = walker.nextNode()) {
              const owner = text.parentElement;
              const lang = owner.closest('[lang]') ? owner.closest('[lang]').getAttribute('lang') : document.documentElement.lang;
              if (owner.closest('script, style, template')) { continue; }
              if (lang === 'en' && cyrillic.test(text.data)) { found.push('Russian text read as English: ' + text.data.trim()); }
            }
            return found;""";

    private static final String SKIP_LINK = "return document.querySelector('.skip-link').href;";

    @Order(1)
    @Test
    void theSkipLinkLeadsToThePageItselfOnLivePagesAndPagesThatArriveComplete() {
        clearCookies();
        open("en/editor/login", 1280);
        signIn("admin", "test-admin-password-1");
        waitUntil("the workspace", () -> driver.getCurrentUrl().endsWith("/en/editor"));
        open("en/editor/news", 1280);
        assertThat(isFirstResponsePage())
                .as("the workspace is a live Vaadin page")
                .isFalse();
        assertThat((String) js(SKIP_LINK)).isEqualTo("http://localhost:" + port + "/en/editor/news#main-content");
        assertThat((List<?>) js(LINKS_LEAVING_THE_PAGE)).isEmpty();
        clearCookies();

        for (String page : List.of("en?page=2", "association", "en/ask")) {
            open(page, 1280);
            assertThat((List<?>) js(LINKS_LEAVING_THE_PAGE))
                    .as("in-page links on /%s", page)
                    .isEmpty();
        }
        driver.findElement(By.id("ask-send")).click();
        waitUntil(
                "errors shown", () -> !driver.findElements(By.id("ask-errors")).isEmpty());
        waitForPage();
        assertThat(driver.findElements(By.cssSelector("#ask-errors a")))
                .as("the summary's links")
                .isNotEmpty();
        assertThat((List<?>) js(LINKS_LEAVING_THE_PAGE))
                .as("the error summary's links")
                .isEmpty();
    }

    @Order(2)
    @Test
    void inTheWorkspaceTheSkipLinkFollowsEachPageAndNoNameMixesLanguages() {
        clearCookies();
        open("en/editor/social", 1280);
        signIn("admin", "test-admin-password-1");
        waitUntil("signed in", () -> driver.getTitle().startsWith("Social network profiles"));
        waitForPage();
        for (String page : List.of("en/editor/social", "en/editor/news", "en/editor/questions", "en/editor/users")) {
            open(page, 1280);
            waitUntil(
                    "the workspace page " + page,
                    () -> !driver.findElements(By.cssSelector(".editor-nav")).isEmpty());
            assertThat((String) js(SKIP_LINK)).isEqualTo("http://localhost:" + port + "/" + page + "#main-content");
            assertThat((List<?>) js(LINKS_LEAVING_THE_PAGE))
                    .as("in-page links on /%s", page)
                    .isEmpty();
            assertThat((List<?>) js(MIXED_LANGUAGES))
                    .as("mixed languages on /%s", page)
                    .isEmpty();
        }
        // Moving inside the live workspace keeps the skip link on the page moved to.
        driver.findElement(By.cssSelector(".editor-nav a[href$='editor/social']"))
                .click();
        waitUntil("moved to the social profiles", () -> driver.getCurrentUrl().endsWith("/en/editor/social"));
        waitUntil(
                "the skip link follows",
                () -> js(SKIP_LINK).equals("http://localhost:" + port + "/en/editor/social#main-content"));

        // The workspace's error summaries: each link is the page's own address with the field, so that opened in a
        // new tab or copied it does not lead to the site's (Russian) home page.
        for (String[] form : new String[][] {{"en/editor/social", "social-add"}, {"en/editor/users", "users-add"}}) {
            open(form[0], 1280);
            driver.findElement(By.id(form[1])).click();
            waitUntil(
                    "the summary on /" + form[0],
                    () -> !driver.findElements(By.cssSelector("#" + form[1] + "-errors a"))
                            .isEmpty());
            assertThat((List<?>) js(LINKS_LEAVING_THE_PAGE))
                    .as("the error summary's links on /%s", form[0])
                    .isEmpty();
            assertThat((String) js("return document.querySelector('#" + form[1] + "-errors a').href;"))
                    .startsWith("http://localhost:" + port + "/" + form[0] + "#");
        }
    }

    @Order(3)
    @Test
    void theNewsListNamesEachArticleButtonInTheArticlesLanguage() {
        open("en/editor/news", 1280);
        waitUntil(
                "the list",
                () -> !driver.findElements(By.cssSelector("#editor-news-list button"))
                        .isEmpty());
        Object russianEdit = js("""
                return [...document.querySelectorAll('#editor-news-list a, #editor-news-list button')]
                  .filter(b => b.querySelector('.visually-hidden [lang="ru"]'))
                  .map(b => b.textContent)[0];""");
        assertThat((String) russianEdit)
                .as("an English action on a Russian article, named in both voices")
                .matches("(Edit|Publish|Unpublish|Delete): \\p{IsCyrillic}.*");
        assertThat((List<?>) js(MIXED_LANGUAGES)).isEmpty();
    }
}
