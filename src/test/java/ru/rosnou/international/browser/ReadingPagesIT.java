package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.rosnou.international.SampleArticles;

/** Reading pages as they arrive: complete, steady while they load, and usable with JavaScript off. */
class ReadingPagesIT extends BrowserTest {

    @Test
    void withJavaScriptOnTheContentAppearsOnceAndNothingMovesWhileThePageLoads() {
        for (String path : List.of(SampleArticles.SEED_EN_PATH, "en", "association", "en/faq")) {
            clearCookies();
            open(path, 320);

            assertThat(driver.findElements(By.tagName("h1")))
                    .as("one h1 on /%s", path)
                    .hasSize(1);
            assertThat(driver.findElements(By.tagName("main"))).hasSize(1);
            assertThat(driver.findElements(By.id("a11y-entry"))).hasSize(1);
            assertThat(isFirstResponsePage()).as("/%s arrives complete", path).isTrue();
            double shift = ((Number) driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    let total = 0;
                    new PerformanceObserver(list => list.getEntries()
                        .forEach(e => { if (!e.hadRecentInput) { total += e.value; } }))
                      .observe({type: 'layout-shift', buffered: true});
                    setTimeout(() => done(total), 500);""")).doubleValue();
            assertThat(shift).as("cumulative layout shift of /%s", path).isLessThanOrEqualTo(0.02);
        }
    }

    @Test
    void shownImagesOfferNoShowImageButtonAndHiddenOnesDo() {
        clearCookies();
        open("en/info-center/inform/v-rosnou-otkrylsya-tsentr-stran-tikhookeanskogo-regiona", 1280);
        assertThat(driver.findElement(By.cssSelector(".article-figure img")).isDisplayed())
                .isTrue();
        assertThat(driver.findElement(By.cssSelector(".article-figure .image-reveal"))
                        .isDisplayed())
                .isFalse();
        assertThat(driver.findElement(By.cssSelector(".article-figure .image-alt-text"))
                        .isDisplayed())
                .isFalse();

        setSettingsCookie("v1|im:hide");
        open("en/info-center/inform/v-rosnou-otkrylsya-tsentr-stran-tikhookeanskogo-regiona", 1280);
        assertThat(driver.findElement(By.cssSelector(".article-figure img")).isDisplayed())
                .isFalse();
        assertThat(driver.findElement(By.cssSelector(".article-figure .image-reveal"))
                        .isDisplayed())
                .isTrue();
        clearCookies();
    }

    @Test
    void escapeClosesTheToolbarAndReturnsToItsButton() {
        clearCookies();
        open("en", 1280);
        openToolbar();
        driver.findElement(By.id("a11y-font-scale-125")).click();
        waitUntil("announced", () -> "Font size 125%".equals(announcement()));

        press(Keys.ESCAPE);

        waitUntil(
                "the toolbar closes",
                () -> !driver.findElement(By.id("a11y-panel")).isDisplayed());
        assertThat(activeElement().getAttribute("id")).isEqualTo("a11y-entry");
        assertThat(activeElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(htmlAttribute("data-font-scale")).isEqualTo("125");
    }

    @Test
    void withJavaScriptOffAReaderReadsPagesThroughFiltersAndChangesTheSettings() {
        clearCookies();
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            viewport(1280);
            load(SampleArticles.SEED_EN_PATH);
            assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo(SampleArticles.SEED_EN_TITLE);
            assertThat(driver.findElement(By.cssSelector("main")).getText())
                    .contains("RosNOU is the only private university");
            assertThat(driver.findElements(By.cssSelector(".related-reading li")))
                    .hasSize(4);

            load("en");
            clickAndLoad(By.cssSelector(".pagination-next a"));
            assertThat(driver.getCurrentUrl()).endsWith("/en?page=2");
            assertThat(driver.findElement(By.cssSelector(".pagination-status")).getText())
                    .isEqualTo("Page 2 of 3");

            driver.findElement(By.cssSelector(".news-filter-details summary")).click();
            clickAndLoad(By.linkText("Japan"));
            assertThat(driver.getCurrentUrl()).endsWith("/en?topic=japan");
            assertThat(driver.findElement(By.cssSelector(".news-filter-details summary"))
                            .getText())
                    .isEqualTo("Filter news by year and topic: Japan");

            clickAndLoad(By.id("a11y-entry"));
            assertThat(driver.getCurrentUrl()).contains("a11y=open");
            assertThat(driver.findElement(By.id("a11y-panel")).isDisplayed()).isTrue();
            driver.findElement(By.xpath("//label[input[@id='a11y-font-scale-150']]"))
                    .click();
            driver.findElement(By.xpath("//label[input[@id='a11y-scheme-white-on-black']]"))
                    .click();
            clickAndLoad(By.cssSelector(".a11y-apply"));

            assertThat(driver.getCurrentUrl()).contains("/en?topic=japan");
            assertThat(driver.findElement(By.tagName("html")).getAttribute("data-font-scale"))
                    .isEqualTo("150");
            assertThat(driver.findElement(By.tagName("html")).getCssValue("font-size"))
                    .isEqualTo("24px");
            assertThat(driver.findElement(By.tagName("body")).getCssValue("background-color"))
                    .isEqualTo("rgba(0, 0, 0, 1)");

            clickAndLoad(By.id("a11y-normal"));
            assertThat(driver.findElement(By.tagName("html")).getAttribute("data-a11y"))
                    .isEqualTo("off");
            assertThat(driver.findElement(By.id("a11y-panel")).isDisplayed()).isFalse();
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    private void load(String path) {
        driver.get("http://localhost:" + port + "/" + path);
        waitForHeading();
    }

    /** Clicks a link or button and waits until the next page has replaced this one. */
    private static void clickAndLoad(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        waitUntilReplaced(page);
        waitForHeading();
    }

    private static void waitForHeading() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
    }
}
