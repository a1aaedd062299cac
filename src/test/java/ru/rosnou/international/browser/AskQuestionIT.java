package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Asking a question by keyboard only, through the error summary, to the confirmation; and with JavaScript off. */
class AskQuestionIT extends BrowserTest {

    private static boolean scriptsOff;

    @Test
    void aKeyboardOnlyReaderCorrectsTheFormThroughTheSummaryAndSendsTheQuestion() {
        open("en/ask", 1280);
        assertThat(isFirstResponsePage())
                .as("the form arrives complete, without Vaadin's client")
                .isTrue();

        tabUntil(el -> "ask-send".equals(el.getAttribute("id")));
        whileTheNextPageLoads(() -> press(Keys.ENTER));
        waitUntil(
                "the summary has focus",
                () -> "ask-errors".equals(activeElement().getAttribute("id")));
        assertNoAxeViolations("the ask form with errors");

        press(Keys.TAB);
        assertThat(activeElement().getText()).isEqualTo("Enter your full name");
        press(Keys.ENTER);
        waitUntil(
                "focus moves to the field",
                () -> "ask-full-name".equals(activeElement().getAttribute("id")));
        WebElement nameInput = activeElement();
        assertThat(describedByText(nameInput.getAttribute("aria-describedby")))
                .as("the error is tied to the field")
                .contains("Enter your full name");
        assertThat(js("const r = document.querySelector('label[for=ask-full-name]').getBoundingClientRect();"
                        + " return r.top >= 0 && r.bottom <= innerHeight;"))
                .as("its label is in view")
                .isEqualTo(true);

        nameInput.sendKeys("Anna Petrova");
        press(Keys.TAB);
        assertThat(activeElement().getAttribute("id")).isEqualTo("ask-email");
        activeElement().sendKeys("anna@example.org");
        press(Keys.TAB);
        assertThat(activeElement().getAttribute("name"))
                .as("the topic radios: one Tab stop")
                .isEqualTo("topic");
        press(Keys.ARROW_DOWN);
        waitUntil(
                "a topic is chosen",
                () -> driver.findElement(By.id("ask-topic-international-admission"))
                        .isSelected());
        press(Keys.TAB);
        assertThat(activeElement().getAttribute("id")).isEqualTo("ask-text");
        activeElement().sendKeys("When do applications for exchange semesters open?");
        waitUntil(
                "the counter follows the text",
                () -> driver.findElement(By.id("ask-text-counter")).getText().equals("1,951 of 2,000 characters left"));
        press(Keys.TAB);
        assertThat(activeElement().getAttribute("id")).isEqualTo("ask-consent");
        press(Keys.SPACE);
        press(Keys.TAB);
        assertThat(activeElement().getText())
                .as("the policy link in the consent label")
                .isEqualTo("personal data policy");
        press(Keys.TAB);
        assertThat(activeElement().getAttribute("id"))
                .as("the honeypot is skipped")
                .isEqualTo("ask-send");
        whileTheNextPageLoads(() -> press(Keys.ENTER));

        assertThat(driver.getCurrentUrl()).contains("/en/ask/sent?reference=");
        assertThat(driver.getTitle()).startsWith("Thank you, your question has been sent");
        assertThat(driver.findElement(By.cssSelector("main h1")).getAttribute("id"))
                .isEqualTo("ask-sent-heading");
        String reference = driver.findElement(By.id("ask-reference")).getText();
        assertThat(reference).matches("Q-\\d{4}-\\d{5}");
        assertNoAxeViolations("the ask confirmation");
    }

    @Test
    void withJavaScriptOffTheFormStillComesBackWithItsProblemsAndSends() {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        scriptsOff = true;
        try {
            viewport(1280);
            driver.get("http://localhost:" + port + "/en/ask");
            driver.findElement(By.id("ask-full-name")).sendKeys("Anna Petrova");
            whileTheNextPageLoads(() -> driver.findElement(By.id("ask-send")).click());

            assertThat(driver.findElement(By.cssSelector("#ask-errors h2")).getText())
                    .isEqualTo("Please correct the form: problems found: 4");
            assertThat(activeElement().getAttribute("id"))
                    .as("the summary takes focus without script")
                    .isEqualTo("ask-errors");
            assertThat(driver.findElement(By.id("ask-full-name")).getAttribute("value"))
                    .isEqualTo("Anna Petrova");
            driver.findElement(By.id("ask-email")).sendKeys("anna@example.org");
            driver.findElement(By.cssSelector("label[for=ask-topic-other]")).click();
            driver.findElement(By.id("ask-text")).sendKeys("Is there a summer school in 2027?");
            driver.findElement(By.id("ask-consent")).click();
            whileTheNextPageLoads(() -> driver.findElement(By.id("ask-send")).click());

            assertThat(driver.findElement(By.cssSelector("main h1")).getText())
                    .isEqualTo("Thank you, your question has been sent");
            assertThat(driver.findElement(By.id("ask-reference")).getText()).matches("Q-\\d{4}-\\d{5}");
        } finally {
            scriptsOff = false;
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void theFormWithErrorsPassesAxeInRussianAndOnAPhone() {
        for (String path : List.of("ask", "en/ask")) {
            open(path, 320);
            whileTheNextPageLoads(() -> driver.findElement(By.id("ask-send")).click());
            assertThat(driver.findElements(By.id("ask-errors"))).hasSize(1);
            assertNoAxeViolations("/" + path + " with errors at 320px");
            assertThat(((Number) js("return document.documentElement.scrollWidth;")).intValue())
                    .isLessThanOrEqualTo(320);
        }
    }

    @Test
    void theConsentSentenceReadsOnAsOneSentenceIntoItsPolicyLinkOnAPhone() {
        for (String path : List.of("ask", "en/ask")) {
            open(path, 320);
            @SuppressWarnings("unchecked")
            Map<String, Number> lines =
                    (Map<String, Number>) js("const label = document.querySelector('label[for=ask-consent]');"
                            + "const link = label.querySelector('a');"
                            + "const range = document.createRange();"
                            + "range.setStart(label, 0); range.setEndBefore(link);"
                            + "const text = [...range.getClientRects()].filter(r => r.width > 0);"
                            + "const textEnd = text[text.length - 1];"
                            + "const linkStart = link.getClientRects()[0];"
                            + "return {textEndTop: textEnd.top, textEndRight: textEnd.right, textLeft: text[0].left,"
                            + " linkTop: linkStart.top, linkLeft: linkStart.left};");
            double linkTop = lines.get("linkTop").doubleValue();
            double textEndTop = lines.get("textEndTop").doubleValue();
            assertThat(linkTop)
                    .as("/%s: the policy link comes after the sentence's text, not in a column beside it", path)
                    .isGreaterThanOrEqualTo(textEndTop - 1);
            if (Math.abs(linkTop - textEndTop) < 4) {
                assertThat(lines.get("linkLeft").doubleValue())
                        .as("/%s: on the text's last line, the link follows its last word", path)
                        .isGreaterThanOrEqualTo(lines.get("textEndRight").doubleValue() - 1);
            } else {
                assertThat(lines.get("linkLeft").doubleValue())
                        .as("/%s: wrapped to the next line, the link starts where the text's lines start", path)
                        .isCloseTo(lines.get("textLeft").doubleValue(), within(4.0));
            }
        }
    }

    /** Does what sends the form, then waits until the next page has replaced this one and is ready. */
    private static void whileTheNextPageLoads(Runnable action) {
        WebElement page = driver.findElement(By.tagName("html"));
        action.run();
        waitUntilReplaced(page);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
        if (!scriptsOff) {
            waitForPage();
        }
    }

    private static String describedByText(String ids) {
        return (String) js(
                "return arguments[0].split(/\\s+/).map(id => document.getElementById(id))"
                        + ".filter(Boolean).map(e => e.textContent).join(' ');",
                ids);
    }
}
