package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import ru.rosnou.international.SampleArticles;

/**
 * Every colour scheme on every page type, with the toolbar open so it is measured too: no axe violations,
 * every visible text at 7:1 or more against its effective background, focus indicators at 3:1 or more.
 */
class ColourSchemesIT extends BrowserTest {

    static final List<String> SCHEMES = List.of(
            "default",
            "black-on-white",
            "white-on-black",
            "blue-on-light-blue",
            "brown-on-beige",
            "green-on-dark-brown");
    static final List<String> PAGES = List.of(
            "en",
            SampleArticles.SEED_EN_PATH,
            SampleArticles.SEED_RU_PATH,
            "en/info-center/inform/v-rosnou-otkrylsya-tsentr-stran-tikhookeanskogo-regiona",
            "en/association",
            "en/info-center/inform/no-such-news",
            "en/ask",
            "en/faq",
            "en/accessibility",
            "en/events",
            "en/events/first-congress-association-japanese-russian-universities-2018");

    /** The lowest ratios measured, per scheme, printed for the record at the end. */
    private static final Map<String, double[]> LOWEST = new TreeMap<>();

    static Stream<Arguments> schemesAndPages() {
        return SCHEMES.stream().flatMap(scheme -> PAGES.stream().map(page -> Arguments.of(scheme, page)));
    }

    @ParameterizedTest(name = "{0} on /{1}")
    @MethodSource("schemesAndPages")
    void textAndFocusReachTheirContrastAndAxeFindsNothing(String scheme, String path) throws IOException {
        setSettingsCookie("v1|fs:100|ls:normal|lh:1.5|ff:sans|cs:" + scheme + "|im:show|on:1");
        open(path, 1280);
        assertThat(htmlAttribute("data-scheme"))
                .as(
                        () -> "the page in the scheme; the browser has the cookies "
                                + settingsCookies() + " and the page begins "
                                + js(
                                        "return document.documentElement.outerHTML"
                                                + ".substring(0, 300) + ' (' + performance.getEntriesByType('navigation')[0].transferSize + ' bytes"
                                                + " transferred, ' + performance.getEntriesByType('navigation')[0].responseStatus + ')';"))
                .isEqualTo(scheme);
        openToolbar();
        if (path.endsWith("ask")) {
            // Measure the form in its error state: fields, messages and the summary.
            driver.findElement(By.id("ask-send")).click();
            waitUntil(
                    "errors shown",
                    () -> !driver.findElements(By.id("ask-errors")).isEmpty());
            // The form came back as a new page: wait for it and open its toolbar too.
            waitForPage();
            openToolbar();
        }

        assertNoAxeViolations(scheme + " on /" + path);

        Map<?, ?> text = (Map<?, ?>) js(script("contrast.js"), 7.0);
        assertThat(((Number) text.get("checked")).intValue())
                .as("text elements measured")
                .isGreaterThan(20);
        assertThat((List<?>) text.get("failures"))
                .as("text below 7:1 in %s on /%s", scheme, path)
                .isEmpty();

        double lowestFocus = 99;
        js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        for (int i = 0; i < 12; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = activeElement();
            Map<?, ?> ring = (Map<?, ?>) js(script("focus.js"), focused);
            assertThat((String) ring.get("style"))
                    .as("focus style of %s", focused.getText())
                    .isNotEqualTo("none");
            double ratio = ((Number) ring.get("ratio")).doubleValue();
            assertThat(ratio)
                    .as("focus ring of '%s' in %s", focused.getText(), scheme)
                    .isGreaterThanOrEqualTo(3.0);
            lowestFocus = Math.min(lowestFocus, ratio);
        }
        double lowestText = ((Number) text.get("lowest")).doubleValue();
        synchronized (LOWEST) {
            double[] seen = LOWEST.computeIfAbsent(scheme, s -> new double[] {99, 99});
            seen[0] = Math.min(seen[0], lowestText);
            seen[1] = Math.min(seen[1], lowestFocus);
        }
    }

    @AfterAll
    static void printMeasuredRatios() {
        LOWEST.forEach((scheme, ratios) -> System.out.printf(
                "CONTRAST %-22s lowest text %.2f:1, lowest focus ring %.2f:1%n", scheme, ratios[0], ratios[1]));
    }

    /** A measuring script with the shared colour helpers in front of it. */
    static String script(String name) throws IOException {
        return read("colour.js") + "\n" + read(name);
    }

    private static String read(String name) throws IOException {
        try (InputStream in = ColourSchemesIT.class.getResourceAsStream("/browser/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
