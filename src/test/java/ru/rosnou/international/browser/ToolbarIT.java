package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import ru.rosnou.international.SampleArticles;

/** The version for the visually impaired as a reader uses it, in Chromium. */
class ToolbarIT extends BrowserTest {

    private static final String PACIFIC_RIM =
            "en/info-center/inform/v-rosnou-otkrylsya-tsentr-stran-tikhookeanskogo-regiona";

    @BeforeEach
    void freshVisitor() {
        clearCookies();
        emulateMedia();
    }

    @AfterEach
    void ordinaryMedia() {
        emulateMedia();
    }

    @Test
    void eachSettingChangesThePresentationItShouldAndIsAnnounced() {
        open(PACIFIC_RIM, 1280);
        assertThat(htmlAttribute("data-a11y"))
                .as("nothing applied before a choice")
                .isNull();
        openToolbar();

        chooseInToolbar("font-scale", "150%");
        waitUntil("font scale applied", () -> "150".equals(htmlAttribute("data-font-scale")));
        assertThat(computed("html", "fontSize")).isEqualTo("24px");
        assertThat(announcement()).isEqualTo("Font size 150%");

        chooseInToolbar("letter-spacing", "Large");
        waitUntil("letter spacing applied", () -> "large".equals(htmlAttribute("data-letter-spacing")));
        double leadFont = px(computed(".article-lead", "fontSize"));
        assertThat(px(computed(".article-lead", "letterSpacing"))).isCloseTo(0.12 * leadFont, within(0.2));
        assertThat(px(computed(".article-lead", "wordSpacing"))).isCloseTo(0.16 * leadFont, within(0.2));
        double h1Font = px(computed("main h1", "fontSize"));
        assertThat(px(computed("main h1", "letterSpacing")))
                .as("in em of each element")
                .isCloseTo(0.12 * h1Font, within(0.2));
        assertThat(announcement()).isEqualTo("Letter spacing Large");

        chooseInToolbar("line-height", "2.5");
        waitUntil("line height applied", () -> "2.5".equals(htmlAttribute("data-line-height")));
        assertThat(px(computed(".article-lead", "lineHeight"))).isCloseTo(2.5 * leadFont, within(0.5));
        assertThat(announcement()).isEqualTo("Line height 2.5");

        chooseInToolbar("font", "Serif");
        waitUntil("serif applied", () -> "serif".equals(htmlAttribute("data-font")));
        assertThat(computed(".article-lead", "fontFamily"))
                .startsWith("Georgia")
                .endsWith("serif");
        assertThat(announcement()).isEqualTo("Font Serif");

        chooseInToolbar("images", "Hide");
        waitUntil("images hidden", () -> "none".equals(computed(".article-figure img", "display")));
        WebElement altText = driver.findElement(By.cssSelector(".article-figure .image-alt-text"));
        assertThat(altText.isDisplayed()).isTrue();
        String alt = driver.findElement(By.cssSelector(".article-figure img")).getAttribute("alt");
        assertThat(altText.getText()).isEqualTo("Image: " + alt);
        assertThat(driver.findElement(By.cssSelector(".article-figure figcaption"))
                        .isDisplayed())
                .isTrue();
        WebElement show = driver.findElement(By.cssSelector(".article-figure .image-reveal"));
        show.click();
        waitUntil("that one image shows", () -> "block".equals(computed(".article-figure img", "display")));
        assertThat(show.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(announcement()).isEqualTo("Images Hide");

        chooseInToolbar("images", "Greyscale");
        waitUntil("greyscale applied", () -> "grayscale(1)".equals(computed(".article-figure img", "filter")));

        chooseInToolbar("scheme", "White on black");
        waitUntil("scheme applied", () -> "white-on-black".equals(htmlAttribute("data-scheme")));
        assertThat(computed("body", "backgroundColor")).isEqualTo("rgb(0, 0, 0)");
        assertThat(computed(".article-lead", "color")).isEqualTo("rgb(255, 255, 255)");
        assertThat(computed(".site-header", "backgroundColor")).isEqualTo("rgb(0, 0, 0)");
        assertThat(computed(".related-reading a", "color")).isEqualTo("rgb(255, 255, 255)");
        assertThat(computed(".article-figure img", "filter"))
                .as("photos are not recoloured")
                .isEqualTo("grayscale(1)");
        assertThat(announcement()).isEqualTo("Colour scheme White on black");

        driver.findElement(By.id("a11y-reset")).click();
        waitUntil("reset applied", () -> "100".equals(htmlAttribute("data-font-scale")));
        assertThat(htmlAttribute("data-scheme")).isEqualTo("default");
        assertThat(computed("html", "fontSize")).isEqualTo("16px");
        assertThat(computed(".article-figure img", "filter")).isEqualTo("none");
        assertThat(announcement()).isEqualTo("Settings are back to their defaults");
    }

    @Test
    void everyToolbarControlIsAtLeast44By44AndTheToolbarIsALabelledRegion() {
        for (int width : List.of(1280, 320)) {
            open("en/info-center/inform/v-rosnou-otkrylsya-tsentr-stran-tikhookeanskogo-regiona", width);
            openToolbar();
            WebElement panel = driver.findElement(By.id("a11y-panel"));
            assertThat(panel.getTagName()).isEqualTo("section");
            assertThat(panel.getAttribute("aria-label")).isEqualTo("Version for the visually impaired");
            assertThat(panel.findElements(By.cssSelector("fieldset > legend"))).hasSize(6);
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) js("""
                    return [...document.querySelectorAll('.a11y-entry, .a11y-option, .a11y-panel button,'
                        + ' .listen-control button')]
                      .filter(el => el.getClientRects().length)
                      .map(el => [el, el.getBoundingClientRect()])
                      .filter(([el, r]) => r.width < 44 || r.height < 44)
                      .map(([el, r]) => el.textContent.trim() + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));""");
            assertThat(small).as("toolbar targets under 44x44 at %dpx", width).isEmpty();
            Map<?, ?> radio = (Map<?, ?>) js("const r = document.querySelector('.a11y-option input')"
                    + ".getBoundingClientRect(); return {w: r.width, h: r.height};");
            assertThat(((Number) radio.get("w")).doubleValue())
                    .as("the radio itself")
                    .isGreaterThanOrEqualTo(24);
            assertThat(((Number) js("return document.documentElement.scrollWidth;")).intValue())
                    .isLessThanOrEqualTo(width);
        }
    }

    @Test
    void settingsHoldAfterReloadInANewTabAfterNavigationAndArriveInTheFirstResponse() throws Exception {
        open("en", 1280);
        openToolbar();
        chooseInToolbar("font-scale", "175%");
        chooseInToolbar("scheme", "Brown on beige");
        waitUntil("applied", () -> "brown-on-beige".equals(htmlAttribute("data-scheme")));

        Cookie cookie = driver.manage().getCookieNamed("a11y");
        assertThat(cookie.getValue()).isEqualTo("v1|fs:175|ls:normal|lh:1.5|ff:sans|cs:brown-on-beige|im:show|on:1");
        assertThat(cookie.getExpiry().toInstant()).isAfter(Instant.now().plus(Duration.ofDays(364)));
        assertThat(cookie.getPath()).isEqualTo("/");

        driver.navigate().refresh();
        waitForPage();
        assertThat(htmlAttribute("data-font-scale")).isEqualTo("175");
        assertThat(computed("html", "fontSize")).isEqualTo("28px");

        String firstTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get("http://localhost:" + port + "/en/association");
        waitForPage();
        assertThat(htmlAttribute("data-scheme")).isEqualTo("brown-on-beige");
        assertThat(computed("body", "backgroundColor")).isEqualTo("rgb(247, 243, 214)");
        driver.close();
        driver.switchTo().window(firstTab);

        driver.findElement(By.linkText("Association of Japanese and Russian Universities"))
                .click();
        waitUntil("in-app navigation", () -> driver.getTitle().startsWith("Association of Japanese"));
        assertThat(htmlAttribute("data-font-scale")).isEqualTo("175");

        String html = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/" + SampleArticles.SEED_EN_PATH))
                                .header("Cookie", "a11y=" + cookie.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(html)
                .contains("data-font-scale=\"175\"")
                .contains("data-scheme=\"brown-on-beige\"")
                .contains("data-a11y=\"on\"");
    }

    @Test
    void onALiveVaadinPageEscapeClosesTheToolbarAndReturnsToItsButton() {
        clearCookies();
        open("en/editor/login", 1280);
        signIn("admin", "test-admin-password-1");
        waitUntil("the workspace", () -> driver.getCurrentUrl().endsWith("/en/editor"));
        waitForPage();
        assertThat(isFirstResponsePage())
                .as("the workspace is a live Vaadin page")
                .isFalse();
        assertThat(js("const id = document.getElementById('a11y-entry').getAttribute('aria-controls');"
                        + " return id === null || !!document.getElementById(id);"))
                .as("the closed toolbar's button names nothing that is not there")
                .isEqualTo(true);
        openToolbar();
        assertThat(driver.findElement(By.id("a11y-entry")).getAttribute("aria-controls"))
                .isEqualTo("a11y-panel");
        driver.findElement(By.cssSelector("#a11y-panel input[type=radio]:checked"))
                .click();
        press(Keys.ESCAPE);

        waitUntil(
                "the toolbar closes",
                () -> !driver.findElement(By.id("a11y-panel")).isDisplayed());
        waitUntil(
                "focus is back on its button",
                () -> "a11y-entry".equals(activeElement().getAttribute("id")));
        assertThat(driver.findElement(By.id("a11y-entry")).getAttribute("aria-expanded"))
                .isEqualTo("false");
        clearCookies();
    }

    @Test
    void aKeyboardOnlyReaderUsesEverySettingClosesSwitchesToNormalAndBack() {
        open("en", 1280);
        WebElement entry = tabUntil(el -> "a11y-entry".equals(el.getAttribute("id")));
        assertThat(entry.getAttribute("aria-expanded")).isEqualTo("false");
        press(Keys.ENTER);
        waitUntil(
                "the toolbar opens",
                () -> driver.findElement(By.id("a11y-panel")).isDisplayed());
        assertThat(activeElement().getAttribute("id"))
                .as("focus stays on the disclosure")
                .isEqualTo("a11y-entry");
        assertThat(entry.getAttribute("aria-expanded")).isEqualTo("true");

        record Step(String group, String announced, String attribute, String value) {}
        List<Step> steps = List.of(
                new Step("font-scale", "Font size 125%", "data-font-scale", "125"),
                new Step("letter-spacing", "Letter spacing Medium", "data-letter-spacing", "medium"),
                new Step("line-height", "Line height 2", "data-line-height", "2"),
                new Step("font", "Font Serif", "data-font", "serif"),
                new Step("scheme", "Colour scheme Black on white", "data-scheme", "black-on-white"),
                new Step("images", "Images Hide", "data-images", "hide"));
        for (Step step : steps) {
            press(Keys.TAB);
            WebElement radio = activeElement();
            assertThat(radio.getAttribute("name"))
                    .as("Tab reaches the %s group", step.group())
                    .isEqualTo("a11y-" + step.group());
            assertThat(radio.getAttribute("checked")).as("on its checked value").isNotNull();
            press(Keys.ARROW_RIGHT);
            waitUntil(step.announced(), () -> step.value().equals(htmlAttribute(step.attribute())));
            assertThat(activeElement().getAttribute("value")).isEqualTo(step.value());
            waitUntil("announced: " + step.announced(), () -> step.announced().equals(announcement()));
        }

        press(Keys.TAB);
        assertThat(activeElement().getText()).isEqualTo("Reset");
        press(Keys.TAB);
        assertThat(activeElement().getText()).isEqualTo("Normal version");
        press(Keys.TAB);
        assertThat(activeElement().getText()).isEqualTo("Close");
        press(Keys.ENTER);
        waitUntil(
                "the toolbar folds away",
                () -> !driver.findElement(By.id("a11y-panel")).isDisplayed());
        assertThat(activeElement().getAttribute("id")).isEqualTo("a11y-entry");
        assertThat(htmlAttribute("data-font-scale"))
                .as("closing keeps settings")
                .isEqualTo("125");

        press(Keys.ENTER);
        tabUntil(el -> "a11y-normal".equals(el.getAttribute("id")));
        press(Keys.ENTER);
        waitUntil("normal version", () -> "off".equals(htmlAttribute("data-a11y")));
        assertThat(htmlAttribute("data-font-scale")).isNull();
        assertThat(computed("html", "fontSize")).isEqualTo("16px");
        assertThat(activeElement().getAttribute("id")).isEqualTo("a11y-entry");
        waitUntil("announced", () -> "Normal version of the site".equals(announcement()));

        press(Keys.ENTER);
        waitUntil("the version is back", () -> "on".equals(htmlAttribute("data-a11y")));
        assertThat(htmlAttribute("data-font-scale")).isEqualTo("125");
        assertThat(htmlAttribute("data-scheme")).isEqualTo("black-on-white");
        waitUntil("announced", () -> "Version for the visually impaired is on".equals(announcement()));
    }

    @Test
    void malformedAndHostileCookiesAreIgnoredWithoutAnError() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Map<String, String> cookies = Map.of(
                "garbage",
                "",
                // Not a valid cookie at all (a quote inside): the container drops it, so the defaults apply.
                "v1|fs:150|cs:evil\"><script>alert(1)</script>",
                "<html lang=\"en\"><head>",
                "v1|fs:%3Cscript%3E|cs:white-on-black",
                "data-scheme=\"white-on-black\"",
                "x".repeat(3000),
                "",
                "v1|" + "fs:150|".repeat(100),
                "");
        for (Map.Entry<String, String> cookie : cookies.entrySet()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/en"))
                            .header("Cookie", "a11y=" + cookie.getKey())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(cookie.getKey()).isEqualTo(200);
            assertThat(response.body())
                    .contains("<html lang=\"en\"")
                    .doesNotContain("alert(1)")
                    .doesNotContain("evil")
                    .contains(cookie.getValue());
        }

        setSettingsCookie("v1|fs:9999|ls:big|cs:red|im:<img>|on:maybe");
        open("en", 320);
        assertThat(htmlAttribute("data-font-scale")).isEqualTo("100");
        assertThat(htmlAttribute("data-scheme")).isEqualTo("default");
        openToolbar();
        chooseInToolbar("font-scale", "125%");
        waitUntil("the toolbar still works", () -> "125".equals(htmlAttribute("data-font-scale")));
    }

    @Test
    void theSystemsWishesCount() {
        emulateMedia("prefers-contrast", "more");
        open("en", 1280);
        assertThat(computed("body", "backgroundColor"))
                .as("black on white without a choice")
                .isEqualTo("rgb(255, 255, 255)");
        assertThat(computed("main h1", "color")).isEqualTo("rgb(0, 0, 0)");
        assertThat(computed(".site-header", "backgroundColor")).isEqualTo("rgb(255, 255, 255)");
        openToolbar();
        chooseInToolbar("scheme", "Dark blue on light blue");
        waitUntil("the reader's choice wins", () -> "rgb(157, 209, 255)".equals(computed("body", "backgroundColor")));

        emulateMedia("forced-colors", "active");
        open("en", 1280);
        WebElement link =
                tabUntil(el -> "a".equals(el.getTagName()) && el.getText().equals("News"));
        assertThat(computed(":focus", "outlineStyle")).isEqualTo("solid");
        assertThat(px(computed(":focus", "outlineWidth"))).isGreaterThanOrEqualTo(2.0);
        assertThat(link.isDisplayed()).isTrue();

        emulateMedia("prefers-reduced-motion", "reduce");
        open("en", 1280);
        Object animated = js("return [...document.querySelectorAll('*')].filter(e => {"
                + " const s = getComputedStyle(e); return s.animationName !== 'none'"
                + " || parseFloat(s.transitionDuration) > 0; }).length;");
        assertThat(((Number) animated).intValue()).as("nothing animates").isZero();
    }

    @Test
    void atTwoHundredPercentWithLargeSpacingOnAPhoneNothingScrollsSidewaysOverlapsOrHides() {
        setSettingsCookie("v1|fs:200|ls:large|lh:2.5|ff:serif|cs:green-on-dark-brown|im:hide|on:1");
        for (String path : List.of(
                SampleArticles.SEED_EN_PATH, SampleArticles.SEED_RU_PATH, "en", "en/association", "en/ask", "faq")) {
            open(path, 320);
            assertThat(computed("html", "fontSize")).isEqualTo("32px");
            openToolbar();
            Map<?, ?> layout = (Map<?, ?>) js("""
                    const vw = document.documentElement.clientWidth;
                    const blocks = [...document.querySelectorAll(
                        'main h1, main h2, main h3, main p, main li, main figcaption, .a11y-option, .a11y-actions button')]
                      .filter(e => e.getClientRects().length && !e.closest('[hidden], .visually-hidden'));
                    const overlaps = [];
                    for (let i = 0; i + 1 < blocks.length; i++) {
                      const a = blocks[i], b = blocks[i + 1];
                      if (a.contains(b) || b.contains(a)) { continue; }
                      const ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect();
                      const apart = ra.bottom <= rb.top + 1 || rb.bottom <= ra.top + 1
                          || ra.right <= rb.left + 1 || rb.right <= ra.left + 1;
                      if (!apart) { overlaps.push(a.textContent.trim().slice(0, 30) + ' / ' + b.textContent.trim().slice(0, 30)); }
                    }
                    const clipped = [...document.querySelectorAll('body *')].filter(e => {
                      const s = getComputedStyle(e);
                      return e.getClientRects().length && !e.closest(".visually-hidden, .v-status-message, [aria-hidden=true]")
                        && /hidden|clip/.test(s.overflowX + s.overflowY)
                        && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1);
                    }).map(e => e.tagName + '.' + e.className);
                    return {scroll: document.documentElement.scrollWidth, vw: vw, overlaps: overlaps, clipped: clipped};""");
            assertThat(((Number) layout.get("scroll")).intValue())
                    .as("page width of /%s", path)
                    .isLessThanOrEqualTo(((Number) layout.get("vw")).intValue());
            assertThat((List<?>) layout.get("overlaps"))
                    .as("overlapping text on /%s", path)
                    .isEmpty();
            assertThat((List<?>) layout.get("clipped"))
                    .as("clipped content on /%s", path)
                    .isEmpty();
            assertNoAxeViolations("/" + path + " at 200% on a phone");
        }
    }

    @Test
    void listenReadsTheArticleInItsLanguageOnlyWhenAskedAndStopsOnNavigation() {
        open(SampleArticles.SEED_RU_PATH, 1280);
        // Cancels are counted in sessionStorage: the count must outlive the page that is left.
        js("window.__spoken = []; sessionStorage.setItem('cancelled', '0');"
                + " speechSynthesis.speak = u => window.__spoken.push({text: u.text, lang: u.lang});"
                + " const cancel = speechSynthesis.cancel.bind(speechSynthesis);"
                + " speechSynthesis.cancel = () => { sessionStorage.setItem('cancelled',"
                + " String(Number(sessionStorage.getItem('cancelled')) + 1)); cancel(); };");
        assertThat(((Number) js("return window.__spoken.length;")).intValue())
                .as("never starts by itself")
                .isZero();

        driver.findElement(By.id("listen-start")).click();
        waitUntil("speaking", () -> ((Number) js("return window.__spoken.length;")).intValue() > 3);
        assertThat(js("return window.__spoken[0].text;")).isEqualTo(SampleArticles.SEED_RU_TITLE);
        assertThat(js("return window.__spoken.every(u => u.lang === 'ru');")).isEqualTo(true);
        assertThat((String) js("return window.__spoken.map(u => u.text).join(' ');"))
                .contains("Ассоциация японских и российских университетов")
                .doesNotContain("Слушать");

        WebElement pause = driver.findElement(By.id("listen-pause"));
        pause.click();
        waitUntil("paused", () -> "true".equals(pause.getAttribute("aria-pressed")));

        int cancelledBefore = ((Number) js("return Number(sessionStorage.getItem('cancelled'));")).intValue();
        driver.findElement(By.cssSelector(".related-reading a")).click();
        waitUntil("navigated", () -> !driver.getTitle().startsWith(SampleArticles.SEED_RU_TITLE));
        waitUntil(
                "speech stopped on navigation",
                () -> ((Number) js("return Number(sessionStorage.getItem('cancelled'));")).intValue()
                        > cancelledBefore);
    }

    private static double px(String value) {
        return Double.parseDouble(value.replace("px", ""));
    }
}
