package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Reading pages reach a browser one way: as first responses. Links from the live workspace (the site's name, the
 * navigation, the footer) load them anew, and a reading address the workspace's router is asked for is
 * loaded anew too; there Listen, "Show image" and the skip link work as on any reading page.
 */
class OneWayIT extends BrowserTest {

    private static final String ARTICLE_WITH_IMAGE =
            "en/info-center/inform/v-rosnou-otkrylsya-tsentr-stran-tikhookeanskogo-regiona";

    @Test
    void linksFromTheLiveWorkspaceLoadReadingPagesAsFirstResponses() {
        openSignedInWorkspace();

        // The workspace is live; its skip link still leads into it (the browser's own fragment link, no Java twin).
        js("document.querySelector('.skip-link').focus();");
        press(Keys.ENTER);
        waitUntil("focus in main", () -> "main-content".equals(activeElement().getAttribute("id")));
        assertThat(isLive()).as("the skip link keeps the workspace live").isTrue();

        followFromTheWorkspace(By.cssSelector("a.site-name"), "/en");
        assertThat(driver.getTitle()).startsWith("News");

        openSignedInWorkspace();
        followFromTheWorkspace(By.cssSelector(".site-nav a[href$='en/association']"), "/en/association");

        openSignedInWorkspace();
        followFromTheWorkspace(By.cssSelector(".site-footer a[href$='en/faq']"), "/en/faq");
    }

    @Test
    void aReadingAddressAskedOfTheWorkspacesRouterIsLoadedAsItsFirstResponse() {
        setSettingsCookie("v1|im:hide|on:1");
        openSignedInWorkspace();
        WebElement workspace = driver.findElement(By.tagName("html"));
        // A link Vaadin's client catches (no router-ignore), as an old or forgotten link in a live page would be.
        js(
                "const a = document.createElement('a'); a.href = arguments[0]; a.textContent = 'article';"
                        + " a.id = 'router-caught'; document.querySelector('main').append(a);",
                ARTICLE_WITH_IMAGE);
        driver.findElement(By.id("router-caught")).click();
        waitUntilReplaced(workspace);
        waitForPage();
        assertLoadedAnew("/" + ARTICLE_WITH_IMAGE);

        // Show image: the reader script's toggle button shows it in place.
        WebElement show = driver.findElement(By.cssSelector(".article-figure .image-reveal"));
        assertThat(show.getTagName()).isEqualTo("button");
        show.click();
        waitUntil("shown in place", () -> "true".equals(show.getAttribute("aria-pressed")));
        assertThat(driver.findElement(By.cssSelector(".article-figure img")).isDisplayed())
                .isTrue();

        // Listen: the reader script's control, shown, with its Pause a toggle.
        js("window.__spoken = []; speechSynthesis.speak = u => window.__spoken.push(u.text);");
        assertThat(driver.findElement(By.id("listen-control")).isDisplayed()).isTrue();
        driver.findElement(By.id("listen-start")).click();
        waitUntil("speaking", () -> ((Number) js("return window.__spoken.length;")).intValue() > 0);
        WebElement pause = driver.findElement(By.id("listen-pause"));
        pause.click();
        waitUntil("paused", () -> "true".equals(pause.getAttribute("aria-pressed")));

        // The skip link leads to main.
        js("document.querySelector('.skip-link').focus();");
        press(Keys.ENTER);
        waitUntil("focus in main", () -> "main-content".equals(activeElement().getAttribute("id")));
        clearCookies();
    }

    private void openSignedInWorkspace() {
        open("en/editor", 1280);
        if (driver.getCurrentUrl().contains("/login")) {
            signIn("admin", "test-admin-password-1");
            waitUntil("signed in", () -> !driver.getCurrentUrl().contains("/login"));
        }
        waitForPage();
        assertThat(isLive()).as("the workspace is live").isTrue();
    }

    private void followFromTheWorkspace(By link, String path) {
        WebElement workspace = driver.findElement(By.tagName("html"));
        driver.findElement(link).click();
        waitUntilReplaced(workspace);
        waitForPage();
        assertLoadedAnew(path);
    }

    /** The page at the path was loaded as a document of its own, the first response, without Vaadin's client. */
    private void assertLoadedAnew(String path) {
        assertThat(driver.getCurrentUrl()).isEqualTo("http://localhost:" + port + path);
        assertThat(js("return performance.getEntriesByType('navigation')[0].name;"))
                .as("the document was loaded for this address")
                .isEqualTo(driver.getCurrentUrl());
        assertThat(isFirstResponsePage()).as("drawn as the first response").isTrue();
        assertThat(isLive()).as("no Vaadin client").isFalse();
    }

    private static boolean isLive() {
        return Boolean.TRUE.equals(js("return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.keys(window.Vaadin.Flow.clients).length);"));
    }
}
