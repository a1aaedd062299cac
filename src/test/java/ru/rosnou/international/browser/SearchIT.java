package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Searching the news as readers do: from the header, by keyboard, with JavaScript off, in every scheme. */
class SearchIT extends BrowserTest {

    private static final String RESULTS = "en/search?q=universities";
    private static final String NOTHING = "en/search?q=xyzzyplugh";

    @Test
    void aKeyboardUserSearchesFromTheHeaderOpensAResultAndComesBack() {
        clearCookies();
        open("en", 1280);
        WebElement field = tabUntil(element -> "site-search-q".equals(element.getAttribute("id")));
        assertThat(field.getAccessibleName()).isEqualTo("Search the news");
        assertThat(driver.findElement(By.cssSelector("header form[role=search]"))
                        .getAttribute("aria-label"))
                .isEqualTo("Site search");

        WebElement page = driver.findElement(By.tagName("html"));
        field.sendKeys("universities", Keys.ENTER);
        waitUntilReplaced(page);
        waitForPage();

        assertThat(driver.getCurrentUrl()).endsWith("/en/search?q=universities");
        String heading = driver.findElement(By.cssSelector("main h1")).getText();
        assertThat(heading).matches("\\d+ results? for «universities»");
        assertThat(driver.getTitle()).startsWith(heading + " — ");
        // The count is read once: the heading (and the title a screen reader says on load), no hidden copy of it
        // and no live-region announcement on top.
        assertThat(announcement()).as("nothing said over the page as it loads").isEmpty();
        assertThat((Number) js(
                        "return [...document.querySelectorAll('main *')].filter(e => e.children.length === 0"
                                + " && e.textContent.trim() === arguments[0]).length;",
                        heading))
                .as("the count appears once in the page")
                .isEqualTo(1L);
        assertThat(driver.findElements(By.cssSelector(".search-result mark")))
                .as("matched words marked")
                .isNotEmpty();

        WebElement result = tabUntil(element -> element.getTagName().equals("a")
                && !element.findElements(By.xpath("ancestor::*[contains(@class,'search-result')]"))
                        .isEmpty());
        String title = result.getText();
        page = driver.findElement(By.tagName("html"));
        press(Keys.ENTER);
        waitUntilReplaced(page);
        waitForPage();
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo(title);

        driver.navigate().back();
        waitForPage();
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo(heading);
        assertThat(driver.findElement(By.id("search-q")).getAttribute("value")).isEqualTo("universities");
    }

    @Test
    void resultsAndTheNothingFoundPagePassAxeInEverySchemeAndFitAPhoneAt200Percent() throws Exception {
        for (String scheme : ColourSchemesIT.SCHEMES) {
            setSettingsCookie("v1|fs:100|ls:normal|lh:1.5|ff:sans|cs:" + scheme + "|im:show|on:1");
            for (String path : List.of(RESULTS, NOTHING)) {
                open(path, 1280);
                assertThat(htmlAttribute("data-scheme")).isEqualTo(scheme);
                assertNoAxeViolations(scheme + " on /" + path);
                Map<?, ?> text = (Map<?, ?>) js(ColourSchemesIT.script("contrast.js"), 7.0);
                assertThat((List<?>) text.get("failures"))
                        .as("text below 7:1 in %s on /%s", scheme, path)
                        .isEmpty();
            }
        }
        setSettingsCookie("v1|fs:200|ls:large|lh:2.5|ff:sans|cs:white-on-black|im:show|on:1");
        for (String path : List.of(RESULTS, NOTHING, "en")) {
            open(path, 320);
            assertNoAxeViolations("/" + path + " at 320px and 200%");
            Object wide = js(
                    "const vw = document.documentElement.clientWidth; return [...document.querySelectorAll('body *')]"
                            + ".filter(e => e.getBoundingClientRect().right > vw + 1).slice(0, 5)"
                            + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));");
            assertThat(((Number) js("return document.documentElement.scrollWidth;")).intValue())
                    .as("no sideways scrolling on /%s at 320px and 200%%: %s", path, wide)
                    .isLessThanOrEqualTo(320);
            WebElement button = driver.findElement(By.cssSelector(".site-search .search-button"));
            assertThat(button.getSize().getHeight()).isGreaterThanOrEqualTo(44);
            assertThat(button.getSize().getWidth()).isGreaterThanOrEqualTo(44);
        }
    }

    @Test
    void withJavaScriptOffTheHeaderFormTheFiltersAndThePagesWork() {
        clearCookies();
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            viewport(1280);
            driver.get("http://localhost:" + port + "/en");
            waitForHeading();
            WebElement page = driver.findElement(By.tagName("html"));
            driver.findElement(By.id("site-search-q")).sendKeys("Japan", Keys.ENTER);
            waitUntilReplaced(page);
            waitForHeading();
            assertThat(driver.getCurrentUrl()).endsWith("/en/search?q=Japan");
            String all = driver.findElement(By.cssSelector("main h1")).getText();
            assertThat(all).matches("\\d+ results? for «Japan»");

            driver.findElement(By.cssSelector(".news-filter-details summary")).click();
            page = driver.findElement(By.tagName("html"));
            driver.findElement(By.cssSelector("#filter-topics a[href*='topic=association']"))
                    .click();
            waitUntilReplaced(page);
            waitForHeading();
            assertThat(driver.getCurrentUrl()).contains("q=Japan").contains("topic=association");
            int filtered = Integer.parseInt(
                    driver.findElement(By.cssSelector("main h1")).getText().split(" ")[0]);
            assertThat(filtered).isPositive().isLessThan(Integer.parseInt(all.split(" ")[0]));
            assertThat(driver.findElements(By.cssSelector(".search-result"))).hasSizeLessThanOrEqualTo(10);
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void nothingFoundHelpsAndOffersTheOtherLanguage() {
        open("en/search?q=" + URLEncoder.encode("конгресс", StandardCharsets.UTF_8), 1280);

        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("0 results for «конгресс»");
        WebElement other = driver.findElement(By.cssSelector(".search-other-language a"));
        assertThat(other.getAttribute("lang")).isEqualTo("ru");
        assertThat(other.getText()).matches("\\d+ результат(а|ов)? по запросу «конгресс»");
        assertThat(driver.findElements(By.cssSelector(".search-topics a"))).isNotEmpty();

        WebElement page = driver.findElement(By.tagName("html"));
        other.click();
        waitUntilReplaced(page);
        waitForPage();
        assertThat(htmlLang()).isEqualTo("ru");
        assertThat(driver.findElements(By.cssSelector(".search-result"))).isNotEmpty();
    }

    @Test
    void whatAVisitorTypesIsShownAsTextAndNeverRunsOrBecomesMarkup() {
        String typed = "<script>window.pwned=1</script><b>bold</b> \" onfocus=\"window.pwned=2";
        open("en/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8), 1280);

        assertThat(js("return window.pwned === undefined;")).isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector("main b, main script"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).contains("<script>window.pwned=1</script>");
        assertThat(driver.findElement(By.id("search-q")).getAttribute("value")).isEqualTo(typed);

        open("en/search?q=" + "a".repeat(2_000), 1280);
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("only its first 200 characters");
        open("en/search?q=", 1280);
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Search the news");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Type a word or two");
    }

    @Test
    void theResultsPageArrivesCompleteWithoutASessionAndIsKeptOutOfSearchEngines() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/search?q="
                                        + URLEncoder.encode("университетами", StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(page.select("html").attr("lang")).isEqualTo("ru");
        assertThat(page.select("main h1").text()).matches("\\d+ результат(а|ов)? по запросу «университетами»");
        assertThat(page.select(".search-result")).isNotEmpty();
        assertThat(page.select(".search-result mark").text().toLowerCase()).contains("университет");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("form[role=search]")).hasSize(2);
        assertThat(page.select("form[role=search]").eachAttr("aria-label")).doesNotHaveDuplicates();
    }

    private static void waitForHeading() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
    }
}
