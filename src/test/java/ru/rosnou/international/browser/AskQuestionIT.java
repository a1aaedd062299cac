package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Asking a question by keyboard only, through the error summary, to the confirmation. */
class AskQuestionIT extends BrowserTest {

    @Test
    void aKeyboardOnlyReaderCorrectsTheFormThroughTheSummaryAndSendsTheQuestion() {
        open("en/ask", 1280);

        tabUntil(el -> "ask-send".equals(el.getAttribute("id")));
        press(Keys.ENTER);
        waitUntil("the summary appears and takes focus", () -> "ask-errors".equals(activeElement().getAttribute("id")));
        assertNoAxeViolations("the ask form with errors");

        press(Keys.TAB);
        assertThat(activeElement().getText()).isEqualTo("Enter your full name");
        press(Keys.ENTER);
        waitUntil("focus moves to the field", () -> "ask-full-name".equals(fieldOfFocus()));
        WebElement nameInput = activeElement();
        String describedBy = nameInput.getAttribute("aria-describedby");
        assertThat(describedBy).as("the error is tied to the field").isNotBlank();
        assertThat(describedByText(describedBy)).contains("Enter your full name");

        nameInput.sendKeys("Anna Petrova");
        press(Keys.TAB);
        assertThat(fieldOfFocus()).isEqualTo("ask-email");
        activeElement().sendKeys("anna@example.org");
        press(Keys.TAB);
        assertThat(fieldOfFocus()).isEqualTo("ask-topic");
        press(Keys.SPACE);
        press(Keys.ARROW_DOWN);
        waitUntil("a topic is chosen", () -> "2".equals(js("return String(document.getElementById('ask-topic').value);")));
        press(Keys.TAB);
        assertThat(fieldOfFocus()).isEqualTo("ask-text");
        activeElement().sendKeys("When do applications for exchange semesters open?");
        press(Keys.TAB);
        assertThat(fieldOfFocus()).isEqualTo("ask-consent");
        press(Keys.SPACE);
        press(Keys.TAB);
        assertThat(activeElement().getText()).as("the policy link in the consent label").isEqualTo("personal data policy");
        press(Keys.TAB);
        assertThat(activeElement().getAttribute("id")).as("the honeypot is skipped").isEqualTo("ask-send");
        press(Keys.ENTER);

        waitUntil("the confirmation takes focus", () -> "ask-sent-heading".equals(activeElement().getAttribute("id")));
        String reference = driver.findElement(By.id("ask-reference")).getText();
        assertThat(reference).matches("Q-\\d{4}-\\d{5}");
        waitUntil("announced", () -> announcement().contains(reference));
        assertNoAxeViolations("the ask confirmation");
    }

    @Test
    void theFormWithErrorsPassesAxeInRussianAndOnAPhone() {
        for (String path : List.of("ask", "en/ask")) {
            open(path, 320);
            driver.findElement(By.id("ask-send")).click();
            waitUntil("errors shown", () -> driver.findElements(By.id("ask-errors")).size() == 1);
            assertNoAxeViolations("/" + path + " with errors at 320px");
            assertThat(((Number) js("return document.documentElement.scrollWidth;")).intValue()).isLessThanOrEqualTo(320);
        }
    }

    /** The id of the Vaadin field that holds focus (focus sits on the input inside it). */
    private static String fieldOfFocus() {
        return (String) js("const a = document.activeElement;"
                + " const host = a.closest('vaadin-text-field, vaadin-email-field, vaadin-text-area, vaadin-radio-group,"
                + " vaadin-checkbox'); return host ? host.id : a.id;");
    }

    private static String describedByText(String ids) {
        return (String) js("return arguments[0].split(/\\s+/).map(id => document.getElementById(id))"
                + ".filter(Boolean).map(e => e.textContent).join(' ');", ids);
    }
}
