package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The events by keyboard alone: from the navigation to the list, to an event, to its calendar file. */
class EventsIT extends BrowserTest {

    @Test
    void aKeyboardUserReachesAnEventFromTheNavigationAndFindsItsCalendarFile() {
        open("en", 1280);
        tabUntil(el -> "Events".equals(el.getText()) && "a".equals(el.getTagName()));
        WebElement page = driver.findElement(By.tagName("main"));
        press(Keys.ENTER);
        waitUntilReplaced(page);
        waitForPage();
        assertThat(driver.getCurrentUrl()).endsWith("/en/events");
        assertThat(isFirstResponsePage()).isTrue();
        assertThat(driver.findElement(By.cssSelector(".site-nav a[aria-current=page]"))
                        .getText())
                .isEqualTo("Events");
        assertNoAxeViolations("/en/events reached by keyboard");

        WebElement list = driver.findElement(By.tagName("main"));
        tabUntil(el -> el.getText().startsWith("First Congress of the Association"));
        press(Keys.ENTER);
        waitUntilReplaced(list);
        waitForPage();
        assertThat(driver.getCurrentUrl())
                .endsWith("/en/events/first-congress-association-japanese-russian-universities-2018");
        WebElement calendar = tabUntil(el -> el.getText().equals("Add to calendar (.ics file)"));
        assertThat(calendar.getAttribute("href"))
                .endsWith("/en/events/first-congress-association-japanese-russian-universities-2018.ics");
        assertNoAxeViolations("an event's page");

        // On a phone the facts stack, and nothing scrolls sideways.
        open("en/events/first-congress-association-japanese-russian-universities-2018", 320);
        assertNoAxeViolations("an event's page at 320px");
        Number scroll = (Number) js("return document.documentElement.scrollWidth;");
        Number client = (Number) js("return document.documentElement.clientWidth;");
        assertThat(scroll.intValue()).as("page width at 320px").isLessThanOrEqualTo(client.intValue());
    }
}
