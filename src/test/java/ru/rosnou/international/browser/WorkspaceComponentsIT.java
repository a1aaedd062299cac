package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rosnou.international.social.domain.SocialNetwork;
import ru.rosnou.international.social.service.SocialProfileService;

/**
 * Vaadin's own parts of the editors' workspace: the sign-in panel, the date picker's and combo box's overlays,
 * the delete dialog and the upload follow every colour scheme (contrast measured from screenshot pixels), speak
 * the page's language (no English string on a Russian page, shadow DOM and accessible names included), and the
 * delete dialog starts on its safe button.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceComponentsIT extends BrowserTest {

    @Autowired
    SocialProfileService social;

    /** Every text, accessible name and title of Vaadin's components in a Russian page that is in English. */
    private static final String ENGLISH_IN_COMPONENTS = """
            const latin = /[A-Za-z]{3,}/;
            const names = ['aria-label', 'title', 'placeholder', 'aria-roledescription', 'aria-valuetext'];
            const found = [];
            const ignored = e => e.closest('vaadin-dev-tools, copilot-main, vaadin-connection-indicator');
            const english = node => {
              const element = node.nodeType === 1 ? node : node.parentElement;
              const marked = element && element.closest('[lang]');
              return !!marked && marked.getAttribute('lang').startsWith('en');
            };
            const attributes = (element, where) => names.forEach(name => {
              const value = element.getAttribute(name);
              if (value && latin.test(value) && !english(element)) { found.push(where + ' ' + name + ': ' + value); }
            });
            const shadow = (root, host) => {
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (node.nodeType === 3) {
                  if (!(node.parentElement && node.parentElement.closest('style, script')) && latin.test(node.data)) {
                    found.push(host.localName + ' (shadow): ' + node.data.trim());
                  }
                } else {
                  attributes(node, host.localName + ' (shadow) ' + node.localName);
                  if (node.shadowRoot) { shadow(node.shadowRoot, node); }
                }
              }
            };
            document.querySelectorAll('*').forEach(element => {
              if (ignored(element)) { return; }
              if (element.shadowRoot) { shadow(element.shadowRoot, element); }
              if (element.localName.startsWith('vaadin-')) {
                attributes(element, element.localName);
                element.childNodes.forEach(node => {
                  if (node.nodeType === 3 && latin.test(node.data) && !english(element)) {
                    found.push(element.localName + ': ' + node.data.trim());
                  }
                });
              }
            });
            return [...new Set(found)];""";

    private static final String SETTINGS = "v1|fs:100|ls:normal|lh:1.5|ff:sans|cs:%s|im:show|on:1";

    @Order(1)
    @Test
    void vaadinsPanelsAndOverlaysReachSevenToOneInEveryScheme() throws IOException {
        ensureASocialProfile();
        Map<String, Double> lowest = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        // The sign-in page is a plain form now; its contrast in every scheme is SignInIT's.
        clearCookies();
        open("en/editor/login", 1280);
        signIn("admin", "test-admin-password-1");
        waitUntil("signed in", () -> !driver.getCurrentUrl().contains("/login"));
        for (String scheme : ColourSchemesIT.SCHEMES) {
            setSettingsCookie(SETTINGS.formatted(scheme));
            open("en/editor/news/new", 1280);
            waitUntil(
                    "the article form",
                    () -> !driver.findElements(By.id("news-date")).isEmpty());
            assertThat(htmlAttribute("data-scheme")).isEqualTo(scheme);
            measure(scheme, "the upload", "return document.getElementById('news-upload');", lowest, failures);
            js("document.getElementById('news-date').open();");
            String datePicker = "return document.querySelector('vaadin-date-picker-overlay');";
            waitUntilOpened(datePicker);
            measure(scheme, "the date picker", datePicker, lowest, failures);
            js("document.getElementById('news-date').close();");

            js("document.getElementById('news-translation').opened = true;");
            String comboBox = "return document.querySelector('vaadin-combo-box-overlay');";
            waitUntilOpened(comboBox);
            waitUntil(
                    "the articles in the list",
                    () -> !driver.findElements(By.cssSelector("vaadin-combo-box-item"))
                            .isEmpty());
            measure(scheme, "the combo box", comboBox, lowest, failures);
            js("document.getElementById('news-translation').opened = false;");

            open("en/editor/social", 1280);
            openDeleteDialog();
            String dialog = "return document.querySelector('vaadin-confirm-dialog-overlay');";
            measure(scheme, "the delete dialog", dialog, lowest, failures);
            press(Keys.ESCAPE);
            waitUntil(
                    "the dialog closes",
                    () -> !Boolean.TRUE.equals(
                            js("const d = document.getElementById('social-delete-dialog'); return !!d && d.opened;")));
        }
        System.out.println("Lowest text contrast in Vaadin's panels and overlays, from screenshot pixels: " + lowest);
        assertThat(failures).as("panels and overlays below 7:1").isEmpty();
    }

    @Order(2)
    @Test
    void theDeleteDialogStartsOnCancel() {
        setSettingsCookie(SETTINGS.formatted("default"));
        open("en/editor/social", 1280);
        if (driver.getCurrentUrl().contains("/login")) {
            signIn("admin", "test-admin-password-1");
            waitUntil("signed in", () -> !driver.getCurrentUrl().contains("/login"));
            waitForPage();
        }
        openDeleteDialog();
        waitUntil(
                "focus in the dialog",
                () -> Boolean.TRUE.equals(
                        js(
                                "return !!document.activeElement && !!document.activeElement.closest('vaadin-confirm-dialog-overlay');")));
        assertThat(activeElement().getAttribute("slot"))
                .as("first focus on the safe button, not on Delete")
                .isEqualTo("cancel-button");
        assertThat(activeElement().getText()).isEqualTo("Cancel");
        press(Keys.ENTER);
        waitUntil(
                "the dialog closes",
                () -> !Boolean.TRUE.equals(
                        js("const d = document.getElementById('social-delete-dialog'); return !!d && d.opened;")));
        assertThat(social.editableProfiles()).as("nothing deleted").isNotEmpty();
    }

    @Order(3)
    @Test
    void theRussianWorkspaceSpeaksNoEnglish() {
        setSettingsCookie(SETTINGS.formatted("default"));
        Map<String, List<?>> english = new LinkedHashMap<>();
        open("editor/login", 1280);
        waitUntil(
                "the sign-in form",
                () -> !driver.findElements(By.cssSelector("#login-form input[name='password']"))
                        .isEmpty());
        english.put("editor/login", (List<?>) js(ENGLISH_IN_COMPONENTS));
        open("editor/social", 1280);
        if (driver.getCurrentUrl().contains("/login")) {
            signIn("admin", "test-admin-password-1");
            waitUntil("signed in", () -> !driver.getCurrentUrl().contains("/login"));
        }
        for (String page : List.of("editor", "editor/news", "editor/questions", "editor/social", "editor/users")) {
            open(page, 1280);
            waitUntil(
                    "the workspace page " + page,
                    () -> !driver.findElements(By.cssSelector(".editor-nav")).isEmpty());
            english.put(page, (List<?>) js(ENGLISH_IN_COMPONENTS));
        }

        open("editor/news/new", 1280);
        waitUntil(
                "the article form",
                () -> !driver.findElements(By.id("news-date")).isEmpty());
        english.put("editor/news/new", (List<?>) js(ENGLISH_IN_COMPONENTS));
        js("document.getElementById('news-date').open();");
        waitUntilOpened("return document.querySelector('vaadin-date-picker-overlay');");
        english.put("editor/news/new, date picker", (List<?>) js(ENGLISH_IN_COMPONENTS));
        Object firstWeekday = js("""
                const calendar = document.querySelector('vaadin-month-calendar');
                const day = calendar && calendar.shadowRoot.querySelector('[part~="weekday"]:not(:empty)');
                return day ? day.textContent.trim() : null;""");
        assertThat(firstWeekday).as("the week starts on Monday, in Russian").isEqualTo("пн");
        js("document.getElementById('news-date').close();");
        js("document.getElementById('news-translation').opened = true;");
        waitUntilOpened("return document.querySelector('vaadin-combo-box-overlay');");
        english.put("editor/news/new, combo box", (List<?>) js(ENGLISH_IN_COMPONENTS));
        js("document.getElementById('news-translation').opened = false;");

        ensureASocialProfile();
        open("editor/social", 1280);
        openDeleteDialog();
        english.put("editor/social, delete dialog", (List<?>) js(ENGLISH_IN_COMPONENTS));
        press(Keys.ESCAPE);

        english.values().removeIf(List::isEmpty);
        assertThat(english)
                .as("English interface strings on Russian workspace pages")
                .isEmpty();
    }

    private void ensureASocialProfile() {
        if (social.editableProfiles().isEmpty()) {
            social.add(SocialNetwork.values()[0], "https://vk.com/rosnou-test", "RosNOU test");
        }
    }

    private static void openDeleteDialog() {
        waitUntil(
                "a profile to delete",
                () -> !driver.findElements(By.cssSelector("button[id^='social-delete-']"))
                        .isEmpty());
        driver.findElement(By.cssSelector("button[id^='social-delete-']")).click();
        waitUntilOpened("return document.querySelector('vaadin-confirm-dialog-overlay');");
    }

    private static void waitUntilOpened(String overlay) {
        waitUntil(
                "the overlay opens",
                () -> Boolean.TRUE.equals(js("const o = (() => {" + overlay + "})();"
                        + " return !!o && o.opened && !o.hasAttribute('opening')"
                        + " && o.getBoundingClientRect && (o.shadowRoot ? o.shadowRoot.querySelector('[part~=\"overlay\"]') || o : o)"
                        + ".getBoundingClientRect().height > 10;")));
    }

    /**
     * The contrast between the text and the background of an element's box, from a screenshot: the most frequent
     * colour is the background, the text the colour (of a few pixels at least) farthest from it.
     */
    private static void measure(
            String scheme, String what, String element, Map<String, Double> lowest, List<String> failures)
            throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) js("const e = (() => {" + element + "})();"
                + " const part = e.shadowRoot && e.shadowRoot.querySelector('[part~=\"overlay\"]');"
                + " const r = (part || e).getBoundingClientRect();"
                + " return {x: r.x, y: r.y, width: r.width, height: r.height};");
        double inset = 3;
        Map<String, Object> clip = Map.of(
                "x",
                ((Number) box.get("x")).doubleValue() + inset,
                "y",
                ((Number) box.get("y")).doubleValue() + inset,
                "width",
                ((Number) box.get("width")).doubleValue() - 2 * inset,
                "height",
                ((Number) box.get("height")).doubleValue() - 2 * inset,
                "scale",
                1);
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "clip", clip, "captureBeyondViewport", true));
        BufferedImage image =
                ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode((String) shot.get("data"))));
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        int background = counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        int enough = Math.max(6, image.getWidth() * image.getHeight() / 5000);
        int text = counts.entrySet().stream()
                .filter(c -> c.getValue() >= enough)
                .max((a, b) -> Double.compare(ratio(a.getKey(), background), ratio(b.getKey(), background)))
                .orElseThrow()
                .getKey();
        double ratio = ratio(text, background);
        lowest.merge(scheme, ratio, Math::min);
        if (ratio < 7) {
            failures.add("%s in %s: text #%06x on #%06x, %.2f:1".formatted(what, scheme, text, background, ratio));
        }
    }

    private static double ratio(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel((rgb >> 16) & 0xff)
                + 0.7152 * channel((rgb >> 8) & 0xff)
                + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
