package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import ru.rosnou.international.SampleArticles;

/** The page the project was created from: its article, word for word, at its original URL. */
class SeedArticleIT extends BrowserTest {

    @Test
    void theSeedArticleIsRenderedWordForWordWithRelatedReading() throws IOException {
        open(SampleArticles.SEED_EN_PATH, 1280);

        String main = normalise(driver.findElement(By.tagName("main")).getText());
        List<String> paragraphs = seedArticleParagraphs();
        assertThat(paragraphs).hasSizeGreaterThanOrEqualTo(10);
        for (String paragraph : paragraphs) {
            assertThat(main).as("the seed's text").contains(normalise(paragraph));
        }
        WebElement h1 = driver.findElement(By.cssSelector("main h1"));
        assertThat(h1.getText()).isEqualTo(paragraphs.get(0));
        WebElement time = driver.findElement(By.cssSelector("main article time"));
        assertThat(time.getAttribute("datetime")).isEqualTo("2020-09-25");
        assertThat(time.getText()).isEqualTo("25 September 2020");
        WebElement related = driver.findElement(By.cssSelector("aside[aria-labelledby='related-heading']"));
        assertThat(related.findElement(By.tagName("h2")).getText()).isEqualTo("Related reading");
        assertThat(related.findElements(By.tagName("a"))).hasSize(4);
    }

    @Test
    void theSeedArticleLogsNoErrorAndHasTheSiteIcon() {
        consoleErrors();
        open(SampleArticles.SEED_EN_PATH, 1280);
        // The icon where the browser asks for it by itself, and each one the page links, as the browser fetches it.
        Object icons = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const links = document.querySelectorAll('link[rel~=icon], link[rel=apple-touch-icon]');
                const hrefs = ['/favicon.ico', ...[...links].map(link => link.href)];
                Promise.all(hrefs.map(href => fetch(href).then(r => r.status + ' ' + r.headers.get('content-type'))))
                    .then(done, e => done([String(e)]));""");
        assertThat((List<?>) icons)
                .hasSize(4)
                .allSatisfy(answer -> assertThat(String.valueOf(answer)).startsWith("200 image/"));
        assertThat(consoleErrors()).as("the console's errors").isEmpty();
    }

    /** The seed page's paragraphs from the title down to "Related reading", without the site chrome. */
    private static List<String> seedArticleParagraphs() throws IOException {
        try (InputStream in = SeedArticleIT.class.getResourceAsStream("/seed-page.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String article = text.substring(0, text.indexOf("Related reading"));
            return Arrays.stream(article.split("\\R\\s*\\R"))
                    .map(String::strip)
                    .filter(p -> !p.isEmpty())
                    .toList();
        }
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
