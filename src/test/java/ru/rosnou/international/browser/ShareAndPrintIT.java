package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import ru.rosnou.international.SampleArticles;

/** An article's share links and "Copy link" in the browser, and the article as it prints. */
class ShareAndPrintIT extends BrowserTest {

    @AfterEach
    void screenAgain() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @Test
    void theShareLinksAreNamedInThePagesLanguageAndCopyLinkSaysItCopied() {
        clearCookies();
        driver.executeCdpCommand(
                "Browser.grantPermissions",
                Map.of(
                        "origin",
                        "http://localhost:" + port,
                        "permissions",
                        List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        open(SampleArticles.SEED_EN_PATH, 1280);
        List<WebElement> links = driver.findElements(By.cssSelector(".share-links a"));
        assertThat(links)
                .extracting(WebElement::getText)
                .containsExactly("Share on VKontakte", "Share on Telegram", "Share on Odnoklassniki", "Send by e-mail");
        String vk = URLDecoder.decode(links.get(0).getAttribute("href"), StandardCharsets.UTF_8);
        assertThat(vk)
                .startsWith("https://vk.com/share.php?url=http://localhost:8080/" + SampleArticles.SEED_EN_PATH)
                .contains("&title=" + SampleArticles.SEED_EN_TITLE);
        assertThat(driver.findElements(By.cssSelector("script[src*='vk.com'], script[src*='telegram'], iframe")))
                .as("no third-party script")
                .isEmpty();
        assertNoAxeViolations("the article with its share links");

        WebElement copy = driver.findElement(By.cssSelector(".share-copy"));
        assertThat(copy.isDisplayed()).as("shown by the reader script").isTrue();
        copy.click();
        waitUntil("said in the live region", () -> "Link copied".equals(announcement()));
        WebElement copied = driver.findElement(By.cssSelector(".share-copy-status"));
        assertThat(copied.isDisplayed())
                .as("shown beside the button, not only said")
                .isTrue();
        assertThat(copied.getText()).isEqualTo("Link copied");
        assertThat(js("return navigator.clipboard.readText();"))
                .isEqualTo("http://localhost:8080/" + SampleArticles.SEED_EN_PATH);
    }

    @Test
    void theArticlePrintsAloneBlackOnWhiteWithItsAddress() {
        setSettingsCookie("v1|fs:100|ls:normal|lh:1.5|ff:sans|cs:white-on-black|im:show|on:1");
        open(SampleArticles.SEED_RU_PATH, 1280);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        for (String left : List.of(
                ".site-header",
                ".site-nav",
                ".site-footer",
                ".share-links",
                ".related-reading",
                ".skip-link",
                ".listen-control")) {
            assertThat(computed(left, "display")).as("%s on paper", left).isEqualTo("none");
        }
        for (String kept : List.of("main h1", ".article-date", ".article-body", ".article-about", ".article-address")) {
            assertThat(computed(kept, "display")).as("%s on paper", kept).isNotEqualTo("none");
        }
        assertThat(driver.findElement(By.cssSelector(".article-address")).getText())
                .isEqualTo("http://localhost:8080/" + SampleArticles.SEED_RU_PATH);
        assertThat(computed("main h1", "color")).isEqualTo("rgb(0, 0, 0)");
        assertThat(computed(".article-body p", "color")).isEqualTo("rgb(0, 0, 0)");
        assertThat(computed("body", "background-color")).isEqualTo("rgb(255, 255, 255)");
        assertThat(computed(".article-about", "background-color")).isEqualTo("rgb(255, 255, 255)");
        assertThat(computed(".article-about h2", "break-after")).isEqualTo("avoid");

        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        open("info-center/inform/delegatsiya-universiteta-khokkaydo-posetila-rosnou", 1280);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(js("""
                const link = document.querySelector('.article-body a[href], .article-about a[href]');
                return getComputedStyle(link, '::after').content;"""))
                .as("a link in the text prints its address")
                .isEqualTo("\" (https://www.hokudai.ac.jp/en/)\"");

        // Search results print with their matched words still marked, and without the filters' empty box.
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        open("en/search?q=universities", 1280);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(computed(".search-result mark", "fontWeight"))
                .as("a match on paper")
                .isEqualTo("700");
        assertThat(computed(".search-result mark", "textDecorationLine")).isEqualTo("underline");
        assertThat(computed(".news-filter-details", "display"))
                .as("the filters on paper")
                .isEqualTo("none");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
}
