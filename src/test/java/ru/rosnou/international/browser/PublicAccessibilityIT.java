package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import ru.rosnou.international.SampleArticles;

/**
 * The reading site's promises that only a browser can check (issue 20): forced colours show every state of the
 * public forms' controls, a fresh form tells no screen reader that anything is invalid, nothing shown without
 * JavaScript does nothing, and every target on a reading page is 44 px.
 */
class PublicAccessibilityIT extends BrowserTest {

    /** An article with a photo (not decorative), for "Show image". */
    private static final String ARTICLE_WITH_IMAGE =
            "en/info-center/inform/v-rosnou-otkrylsya-tsentr-stran-tikhookeanskogo-regiona";

    @Test
    void inForcedColoursEveryControlOfThePublicFormsShowsWhetherItIsCheckedAndWhereFocusIs() throws IOException {
        clearCookies();
        emulateMedia("forced-colors", "active");
        try {
            open("en/ask", 1280);
            for (String id : List.of("ask-topic-internships", "ask-consent")) {
                WebElement control = driver.findElement(By.id(id));
                js("arguments[0].scrollIntoView({block: 'center'});", control);
                int unchecked = statePixels(control);
                driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
                waitUntil(id + " checked", control::isSelected);
                js("document.activeElement.blur();");
                assertThat(statePixels(control))
                        .as("forced colours: %s looks different checked and unchecked", id)
                        .isNotEqualTo(unchecked);
            }
            WebElement radio = driver.findElement(By.id("ask-topic-internships"));
            int unfocused = ringPixel(radio);
            // By keyboard, as focus rings are drawn for it: to the next topic and back.
            radio.sendKeys(Keys.ARROW_DOWN);
            activeElement().sendKeys(Keys.ARROW_UP);
            waitUntil(
                    "the radio has focus",
                    () -> "ask-topic-internships".equals(activeElement().getAttribute("id")));
            assertThat(computed(":focus", "outlineStyle")).isEqualTo("solid");
            assertThat(ringPixel(radio))
                    .as("forced colours: a focused radio shows its focus ring")
                    .isNotEqualTo(unfocused);

            // The toolbar's radios on a reading page, a form too.
            open("en?a11y=open", 1280);
            WebElement option = driver.findElement(By.id("a11y-font-scale-150"));
            int before = statePixels(option);
            chooseInToolbar("font-scale", "150%");
            waitUntil("150% chosen", option::isSelected);
            js("document.activeElement.blur();");
            assertThat(statePixels(option))
                    .as("forced colours: the toolbar's radio shows that it is checked")
                    .isNotEqualTo(before);
            driver.findElement(By.id("a11y-reset")).click();
            waitUntil("reset", () -> "100".equals(htmlAttribute("data-font-scale")));

            // The search form: its field shows focus.
            open("en/search?q=universities", 1280);
            driver.findElement(By.id("search-q")).click();
            assertThat(computed(":focus", "outlineStyle")).isEqualTo("solid");

            // After an empty submit, the fields found wrong keep a thicker edge than the others.
            open("en/ask", 1280);
            WebElement page = driver.findElement(By.tagName("html"));
            driver.findElement(By.id("ask-send")).click();
            waitUntilReplaced(page);
            waitUntil(
                    "the form comes back",
                    () -> !driver.findElements(By.id("ask-errors")).isEmpty());
            assertThat(px(computed("#ask-full-name", "borderTopWidth")))
                    .as("an invalid field's edge in forced colours")
                    .isGreaterThanOrEqualTo(3.0);
        } finally {
            emulateMedia();
            clearCookies();
        }
    }

    @Test
    void aFreshQuestionFormTellsScreenReadersNothingIsInvalidAndAnEmptySubmitMarksExactlyTheProblems() {
        clearCookies();
        for (String path : List.of("en/ask", "ask")) {
            open(path, 1280);
            assertThat(invalidNodes())
                    .as("invalid before any input on /%s", path)
                    .isEmpty();
            assertThat(driver.findElements(By.cssSelector("main [required]")))
                    .as("no native required attribute on /%s", path)
                    .isEmpty();
            assertThat(driver.findElement(By.id("ask-topic")).getAttribute("aria-required"))
                    .isEqualTo("true");

            WebElement page = driver.findElement(By.tagName("html"));
            driver.findElement(By.id("ask-send")).click();
            waitUntilReplaced(page);
            waitUntil(
                    "the form comes back",
                    () -> !driver.findElements(By.id("ask-errors")).isEmpty());
            List<String> problems = driver.findElements(By.cssSelector("#ask-errors a")).stream()
                    .map(link -> link.getAttribute("href").replaceAll(".*#", ""))
                    .map(id -> id.startsWith("ask-topic") ? "ask-topic" : id)
                    .toList();
            assertThat(problems).hasSize(5);
            assertThat(invalidNodes())
                    .as("exactly the fields the summary lists are invalid on /%s", path)
                    .containsExactlyInAnyOrderElementsOf(problems);
            assertNoAxeViolations("/" + path + " after an empty submit");
        }
    }

    @Test
    void withJavaScriptOffNothingShownDoesNothingAndShowImageWorks() {
        setSettingsCookie("v1|im:hide|on:1");
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            for (String path : List.of(ARTICLE_WITH_IMAGE, SampleArticles.SEED_RU_PATH, "en", "en/ask")) {
                viewport(1280);
                driver.get("http://localhost:" + port + "/" + path);
                driver.findElement(By.cssSelector("main h1"));
                List<String> idle = new ArrayList<>();
                for (WebElement button : driver.findElements(By.tagName("button"))) {
                    if (!button.isDisplayed()) {
                        continue;
                    }
                    String type = button.getAttribute("type");
                    boolean submits = (type == null || type.isEmpty() || "submit".equals(type))
                            && !button.findElements(By.xpath("ancestor::form")).isEmpty();
                    if (!submits) {
                        idle.add(button.getText());
                    }
                }
                assertThat(idle)
                        .as("buttons that need script, shown on /%s", path)
                        .isEmpty();
                if (path.contains("info-center")) {
                    assertThat(driver.findElement(By.id("listen-control")).isDisplayed())
                            .as("Listen without script on /%s", path)
                            .isFalse();
                }
                if (path.equals(ARTICLE_WITH_IMAGE)) {
                    WebElement image = driver.findElement(By.cssSelector(".article-figure img"));
                    assertThat(image.isDisplayed()).as("images hidden").isFalse();
                    WebElement page = driver.findElement(By.tagName("html"));
                    driver.findElement(By.cssSelector(".article-figure .image-reveal"))
                            .click();
                    waitUntilReplaced(page);
                    assertThat(driver.findElement(By.cssSelector(".article-figure img"))
                                    .isDisplayed())
                            .as("Show image shows it without script")
                            .isTrue();
                    WebElement hide = driver.findElement(By.cssSelector(".article-figure .image-reveal"));
                    assertThat(hide.getText()).isEqualTo("Hide image");
                    page = driver.findElement(By.tagName("html"));
                    hide.click();
                    waitUntilReplaced(page);
                    assertThat(driver.findElement(By.cssSelector(".article-figure img"))
                                    .isDisplayed())
                            .isFalse();
                }
            }
            // "Normal version" stays in the header while the version is on, and works as a form.
            WebElement normal = driver.findElement(By.id("a11y-normal-entry"));
            assertThat(normal.isDisplayed())
                    .as("Normal version in the header while on")
                    .isTrue();
            assertThat(driver.findElement(By.cssSelector("#a11y-entry .a11y-icon"))
                            .getAttribute("aria-hidden"))
                    .as("the glasses beside the words, hidden from screen readers")
                    .isEqualTo("true");
            assertThat(driver.findElement(By.id("a11y-entry")).getText())
                    .isEqualTo("Version for the visually impaired");
            WebElement page = driver.findElement(By.tagName("html"));
            normal.click();
            waitUntilReplaced(page);
            driver.findElement(By.cssSelector("main h1"));
            assertThat(driver.findElement(By.tagName("html")).getAttribute("data-a11y"))
                    .isEqualTo("off");
            assertThat(driver.findElement(By.id("a11y-normal-entry")).isDisplayed())
                    .as("hidden once the version is off")
                    .isFalse();
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
        setSettingsCookie("v1|im:hide|on:1");
        // With script the same link shows the image in place, a toggle button.
        open(ARTICLE_WITH_IMAGE, 1280);
        assertThat(driver.findElement(By.id("listen-control")).isDisplayed())
                .as("Listen with script")
                .isTrue();
        WebElement show = driver.findElement(By.cssSelector(".article-figure .image-reveal"));
        assertThat(show.getTagName()).isEqualTo("button");
        assertThat(show.getAttribute("aria-pressed")).isEqualTo("false");
        show.click();
        waitUntil("shown in place", () -> "true".equals(show.getAttribute("aria-pressed")));
        assertThat(driver.findElement(By.cssSelector(".article-figure img")).isDisplayed())
                .isTrue();
        clearCookies();
    }

    @Test
    void everyTargetOnEveryKindOfReadingPageIsAtLeast44Pixels() {
        clearCookies();
        List<String> small = new ArrayList<>();
        for (String path : List.of(
                "en",
                SampleArticles.SEED_EN_PATH,
                "en/association",
                "en/search?q=universities",
                "en/search?q=xyzzyplugh",
                "en/search?q=xyzzyplugh&topic=association",
                "en/no-such-page",
                "en/ask",
                "en/faq",
                "en/accessibility",
                "en?a11y=open",
                "info-center/inform/" + SampleArticles.SEED_SLUG)) {
            for (int width : new int[] {1280, 320}) {
                open(path, width);
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) js(TARGETS);
                found.forEach(target -> small.add("/" + path + " at " + width + ": " + target));
            }
        }
        assertThat(small).as("targets smaller than 44 x 44 CSS px").isEmpty();
    }

    /**
     * Every visible link and control, except a link inside a sentence (WCAG 2.5.8's inline exception, which the
     * accessibility statement names): its box, and for a radio or checkbox the box of the control with its label.
     */
    private static final String TARGETS = """
            const inSentence = a => {
              const block = a.closest('p, li, dd, figcaption, td, label, .article-body, .article-about');
              if (!block) { return false; }
              const text = block.textContent.replace(a.textContent, '').trim();
              return a.tagName === 'A' && text.length > 0;
            };
            const box = el => {
              let r = el.getBoundingClientRect();
              if (el.type === 'radio' || el.type === 'checkbox') {
                for (const label of el.labels) {
                  const l = label.getBoundingClientRect();
                  r = {left: Math.min(r.left, l.left), top: Math.min(r.top, l.top),
                       right: Math.max(r.right, l.right), bottom: Math.max(r.bottom, l.bottom)};
                }
              }
              return {w: r.right - r.left, h: r.bottom - r.top};
            };
            return [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
              .filter(el => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
              .filter(el => !el.closest('[aria-hidden=true], .visually-hidden, [hidden]') && !el.classList.contains('skip-link'))
              .filter(el => !inSentence(el))
              .map(el => ({el: el, b: box(el)}))
              .filter(t => t.b.w < 43.5 || t.b.h < 43.5)
              .map(t => t.el.tagName.toLowerCase() + '.' + t.el.className + ' "' + (t.el.textContent || t.el.value || '').trim().slice(0, 40)
                  + '" ' + Math.round(t.b.w) + 'x' + Math.round(t.b.h));""";

    /** The ids (or, for a group, the group's id) of the elements the accessibility tree marks invalid. */
    private static List<String> invalidNodes() {
        Map<String, Object> tree = driver.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        List<String> ids = new ArrayList<>();
        for (Object item : (List<?>) tree.get("nodes")) {
            Map<?, ?> node = (Map<?, ?>) item;
            Object properties = node.get("properties");
            if (properties == null || Boolean.TRUE.equals(node.get("ignored"))) {
                continue;
            }
            boolean invalid = ((List<?>) properties)
                    .stream()
                            .map(p -> (Map<?, ?>) p)
                            .filter(p -> "invalid".equals(p.get("name")))
                            .map(p -> String.valueOf(((Map<?, ?>) p.get("value")).get("value")))
                            .anyMatch(value -> !"false".equals(value));
            if (invalid) {
                Object domId = node.get("backendDOMNodeId");
                Map<String, Object> resolved =
                        driver.executeCdpCommand("DOM.describeNode", Map.of("backendNodeId", domId));
                Map<?, ?> described = (Map<?, ?>) resolved.get("node");
                List<?> attributes = (List<?>) described.get("attributes");
                String id = String.valueOf(described.get("nodeName"));
                for (int i = 0; attributes != null && i + 1 < attributes.size(); i += 2) {
                    if ("id".equals(attributes.get(i))) {
                        id = String.valueOf(attributes.get(i + 1));
                    }
                }
                ids.add(id);
            }
        }
        return ids;
    }

    /** The pixels of an element's box from a screenshot, summed up as one fingerprint. */
    private static int statePixels(WebElement element) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(element.getScreenshotAs(OutputType.BYTES)));
        int hash = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                hash = 31 * hash + (image.getRGB(x, y) & 0xffffff);
            }
        }
        return hash;
    }

    /** The pixels just outside an element's box, where a focus ring is drawn, summed up as one fingerprint. */
    private static int ringPixel(WebElement element) throws IOException {
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(driver.getScreenshotAs(OutputType.BYTES)));
        Map<?, ?> r = (Map<?, ?>) js(
                "const r = arguments[0].getBoundingClientRect();"
                        + " return {x: Math.round(r.left), y: Math.round(r.top), w: Math.round(r.width), h: Math.round(r.height)};",
                element);
        int x = ((Number) r.get("x")).intValue() - 4;
        int y = ((Number) r.get("y")).intValue() - 4;
        int w = ((Number) r.get("w")).intValue() + 8;
        int h = ((Number) r.get("h")).intValue() + 8;
        int hash = 0;
        for (int i = 0; i < w; i++) {
            hash = 31 * hash + (page.getRGB(x + i, y) & 0xffffff);
            hash = 31 * hash + (page.getRGB(x + i, y + h - 1) & 0xffffff);
        }
        return hash;
    }

    private static double px(String value) {
        return Double.parseDouble(value.replace("px", ""));
    }
}
