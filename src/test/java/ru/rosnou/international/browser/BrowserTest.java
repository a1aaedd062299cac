package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real-browser tests: the application on a random port, Debian's Chromium driven by Selenium,
 * one browser per test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    /** The WCAG 2.0, 2.1 and 2.2 A and AA rules of axe-core. */
    static final List<String> WCAG_AA_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    protected static ChromeDriver driver;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--lang=en-GB");
        // The console's messages, for the tests that a page logs no error (a missing icon, a refused resource).
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** Opens a site path (no leading slash) at the given CSS viewport width and waits for Vaadin. */
    protected void open(String path, int width) {
        viewport(width);
        driver.get("http://localhost:" + port + "/" + path);
        waitForPage();
    }

    protected static void viewport(int width) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /**
     * Waits until the page shows its heading and is ready: a page that arrived complete once its reader script
     * has run, a live Vaadin page once Vaadin has finished talking to the server.
     */
    protected static void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js("""
                if (!document.querySelector('main h1') || document.readyState !== 'complete') { return false; }
                if (document.querySelector('script[src*="/assets/reader-"]')) { return window.rosnouReader === true; }
                return !!window.Vaadin && !!window.Vaadin.Flow
                    && Object.values(window.Vaadin.Flow.clients || {}).every(c => !c.isActive());""")));
    }

    /**
     * Waits until the page an element belongs to has been replaced by the next one. While the browser swaps the
     * documents, ChromeDriver may answer that the element's node "does not belong to the document" instead of
     * calling it stale: both mean the page has gone.
     */
    protected static void waitUntilReplaced(WebElement oldPage) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .withMessage("the next page")
                .until(d -> {
                    try {
                        oldPage.isEnabled();
                        return false;
                    } catch (StaleElementReferenceException gone) {
                        return true;
                    } catch (WebDriverException swapping) {
                        if (String.valueOf(swapping.getMessage()).contains("does not belong to the document")) {
                            return true;
                        }
                        throw swapping;
                    }
                });
    }

    /** Whether the current page arrived complete, without Vaadin's client. */
    protected static boolean isFirstResponsePage() {
        return Boolean.TRUE.equals(js("return !!document.querySelector('script[src*=\"/assets/reader-\"]');"));
    }

    protected static void waitUntil(String description, Supplier<Boolean> condition) {
        // An element may be replaced while the condition looks at it (Vaadin redraws): look again.
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .withMessage(description)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> Boolean.TRUE.equals(condition.get()));
    }

    protected static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The console's errors since the last call (a resource that answered 404, a refused script or style). */
    protected static List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .toList();
    }

    protected static String htmlLang() {
        return (String) js("return document.documentElement.lang;");
    }

    /** Sets the reading-settings cookie for this site, as an earlier visit would have. */
    protected void setSettingsCookie(String value) {
        // Leave the previous page first, so that none of its requests still under way sets the cookie after us.
        driver.get("about:blank");
        driver.executeCdpCommand(
                "Network.setCookie", Map.of("name", "a11y", "value", value, "url", "http://localhost:" + port + "/"));
        waitUntil("the settings cookie is stored", () -> settingsCookies().equals(List.of(value)));
    }

    /** The values of every reading-settings cookie the browser would send to this site. */
    protected List<String> settingsCookies() {
        Object cookies = driver.executeCdpCommand(
                        "Network.getCookies", Map.of("urls", List.of("http://localhost:" + port + "/")))
                .get("cookies");
        return ((List<?>) cookies)
                .stream()
                        .map(c -> (Map<?, ?>) c)
                        .filter(c -> "a11y".equals(c.get("name")))
                        .map(c -> String.valueOf(c.get("value")))
                        .toList();
    }

    protected static void clearCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Emulates operating-system wishes such as prefers-contrast or forced-colors; no arguments resets. */
    protected static void emulateMedia(String... featureAndValue) {
        List<Map<String, String>> features = new ArrayList<>();
        for (int i = 0; i + 1 < featureAndValue.length; i += 2) {
            features.add(Map.of("name", featureAndValue[i], "value", featureAndValue[i + 1]));
        }
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", features));
    }

    protected static String htmlAttribute(String name) {
        return (String) js("return document.documentElement.getAttribute(arguments[0]);", name);
    }

    protected static String computed(String selector, String property) {
        return (String)
                js("return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];", selector, property);
    }

    protected static String announcement() {
        return (String) js("return document.getElementById('announcer').textContent;");
    }

    protected static void openToolbar() {
        if (!"true".equals(driver.findElement(By.id("a11y-entry")).getAttribute("aria-expanded"))) {
            driver.findElement(By.id("a11y-entry")).click();
        }
        waitUntil(
                "the toolbar opens",
                () -> driver.findElement(By.id("a11y-panel")).isDisplayed());
    }

    /** Clicks the option with the given visible text in a toolbar group (font-scale, scheme, ...). */
    protected static void chooseInToolbar(String group, String optionText) {
        driver.findElement(By.xpath("//fieldset[@id='a11y-group-" + group
                        + "']//label[span[last()][normalize-space(.)='" + optionText + "']]"))
                .click();
    }

    /** Presses one key, or a chord of a modifier and a key (Shift, Tab). */
    protected static void press(CharSequence... keys) {
        Actions actions = new Actions(driver);
        if (keys.length == 2) {
            actions.keyDown(keys[0]).sendKeys(keys[1]).keyUp(keys[0]).perform();
        } else {
            actions.sendKeys(keys[0]).perform();
        }
    }

    /** Presses the keys (Tab by default) until the focused element is the wanted one. */
    protected static WebElement tabUntil(Predicate<WebElement> wanted, CharSequence... keys) {
        CharSequence[] step = keys.length == 0 ? new CharSequence[] {Keys.TAB} : keys;
        for (int i = 0; i < 80; i++) {
            press(step);
            WebElement focused = activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("Not reached by keyboard within 80 key presses");
    }

    /** Types into the editors' login form and presses Enter, as a keyboard user would. */
    protected static void signIn(String username, String password) {
        waitUntil(
                "the login form",
                () -> !driver.findElements(By.cssSelector("input[name='username']"))
                        .isEmpty());
        WebElement user = driver.findElement(By.cssSelector("input[name='username']"));
        user.click();
        user.sendKeys(username);
        press(Keys.TAB);
        activeElement().sendKeys(password);
        press(Keys.ENTER);
    }

    protected static WebElement activeElement() {
        return driver.switchTo().activeElement();
    }

    protected static void assertNoAxeViolations(String where, String... rulesNotApplicable) {
        AxeBuilder axe = new AxeBuilder().withTags(WCAG_AA_TAGS);
        if (rulesNotApplicable.length > 0) {
            axe.disableRules(List.of(rulesNotApplicable));
        }
        Results results = axe.analyze(driver);
        String report =
                results.getViolations().stream().map(BrowserTest::describe).collect(Collectors.joining("\n"));
        assertThat(results.getViolations())
                .as("axe violations on %s:%n%s", where, report)
                .isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .limit(5)
                        .collect(Collectors.joining(", "));
    }
}
