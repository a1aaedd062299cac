package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * Every form control shows its edge against the page at 3:1 or more (WCAG 1.4.11), in every colour scheme and
 * with the system's "more contrast" wish: the plain question form and the toolbar, the login page and the
 * workspace's Vaadin fields (measured inside their shadow roots), empty and in their error states.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FieldBoundariesIT extends BrowserTest {

    static List<String> schemes() {
        return ColourSchemesIT.SCHEMES;
    }

    @AfterEach
    void systemWishesBack() {
        emulateMedia();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("schemes")
    void theQuestionFormAndTheToolbarShowTheirFieldsEdges(String scheme) throws IOException {
        useScheme(scheme);
        open("en/ask?a11y=open", 1280);
        assertEdges(scheme + " on the question form with the toolbar open");
        driver.findElement(By.id("ask-send")).click();
        waitUntil(
                "errors shown", () -> !driver.findElements(By.id("ask-errors")).isEmpty());
        waitForPage();
        assertEdges(scheme + " on the question form with its errors");
    }

    @Order(2)
    @ParameterizedTest(name = "{0}")
    @MethodSource("schemes")
    void theLoginFormShowsItsFieldsEdges(String scheme) throws IOException {
        clearCookies();
        useScheme(scheme);
        open("en/editor/login", 1280);
        waitUntil(
                "the login form",
                () -> !driver.findElements(By.cssSelector("input[name='username']"))
                        .isEmpty());
        assertEdges(scheme + " on the login page");
    }

    @Order(3)
    @ParameterizedTest(name = "{0}")
    @MethodSource("schemes")
    void theWorkspaceFormsShowTheirFieldsEdges(String scheme) throws IOException {
        useScheme(scheme);
        open("editor/social", 1280);
        if (driver.getCurrentUrl().contains("/editor/login")) {
            signIn("admin", "test-admin-password-1");
            waitUntil("signed in", () -> !driver.getCurrentUrl().contains("/editor/login"));
        }
        for (String page : List.of("editor/social", "editor/users", "editor/news/new")) {
            open(page, 1280);
            waitUntil(
                    "a field on " + page,
                    () -> !driver.findElements(By.cssSelector("vaadin-text-field, vaadin-text-area"))
                            .isEmpty());
            assertEdges(scheme + " on /" + page);
        }
        driver.findElement(By.id("news-save")).click();
        waitUntil(
                "fields marked invalid",
                () -> !driver.findElements(By.cssSelector("[invalid]")).isEmpty());
        assertEdges(scheme + " on the news editor with its errors");
    }

    @Order(4)
    @Test
    void theSystemsMoreContrastWishKeepsTheEdges() throws IOException {
        emulateMedia("prefers-contrast", "more");
        clearCookies();
        open("en/ask", 1280);
        assertEdges("more contrast on the question form");
        open("en/editor/login", 1280);
        waitUntil(
                "the login form",
                () -> !driver.findElements(By.cssSelector("input[name='username']"))
                        .isEmpty());
        assertEdges("more contrast on the login page");
    }

    private void useScheme(String scheme) {
        setSettingsCookie("v1|fs:100|ls:normal|lh:1.5|ff:sans|cs:" + scheme + "|im:show|on:1");
    }

    private static void assertEdges(String where) throws IOException {
        Map<?, ?> measured = (Map<?, ?>) js(ColourSchemesIT.script("boundary.js"));
        assertThat(((Number) measured.get("checked")).intValue())
                .as("controls measured in %s", where)
                .isGreaterThan(1);
        assertThat((List<?>) measured.get("failures"))
                .as("control edges below 3:1 in %s", where)
                .isEmpty();
    }
}
