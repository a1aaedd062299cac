package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The editors' workspace in a browser: signing in, and deleting a social profile by keyboard. */
class EditorIT extends BrowserTest {

    @Test
    void anEditorSignsInAndDeletesASocialProfileThroughTheDialogByKeyboard() {
        clearCookies();
        open("en/editor/social", 1280);
        waitUntil("sent to the login page", () -> driver.getCurrentUrl().contains("/editor/login"));
        assertNoAxeViolations("the login page");

        signIn("admin", "test-admin-password-1");
        waitUntil(
                "back at the social profiles",
                () -> driver.getTitle().startsWith("Профили в социальных сетях")
                        || driver.getTitle().startsWith("Social network profiles"));
        waitForPage();
        assertNoAxeViolations("the social profiles page");

        // Add a profile to delete, by keyboard.
        WebElement network = tabUntil(el -> "radio".equals(el.getAttribute("type"))
                && el.findElements(By.xpath("ancestor::vaadin-radio-group[@id='social-network']"))
                                .size()
                        == 1);
        press(Keys.SPACE);
        press(Keys.TAB);
        activeElement().sendKeys("https://youtube.com/@rosnou-test");
        press(Keys.TAB);
        activeElement().sendKeys("RosNOU test channel");
        press(Keys.TAB);
        press(Keys.ENTER);
        waitUntil(
                "added",
                () -> !driver.findElements(By.xpath("//li[contains(., 'RosNOU test channel')]"))
                        .isEmpty());
        assertThat(network).isNotNull();

        WebElement delete = tabUntil(
                el -> "button".equals(el.getTagName())
                        && String.valueOf(el.getAttribute("textContent")).equals("Delete: RosNOU test channel"),
                Keys.SHIFT,
                Keys.TAB);
        assertThat(delete.findElement(By.cssSelector(".visually-hidden [lang]")).getAttribute("lang"))
                .as("the profile's name in its own language")
                .isEqualTo("en");
        String deleteId = delete.getAttribute("id");
        press(Keys.ENTER);
        waitUntil(
                "the dialog opens",
                () -> Boolean.TRUE.equals(
                        js("const d = document.getElementById('social-delete-dialog'); return !!d && d.opened;")));
        String dialogText = (String) js("return document.getElementById('social-delete-dialog').innerText"
                + " || document.querySelector('vaadin-confirm-dialog-overlay').innerText;");
        assertThat(dialogText).contains("Do you want to delete this profile? This action cannot be undone.");
        assertThat(js("return document.querySelector('.site').inert;"))
                .as("the page behind is inert")
                .isEqualTo(true);
        assertNoAxeViolations("the delete dialog");
        for (int i = 0; i < 6; i++) {
            press(Keys.TAB);
            assertThat(
                            js(
                                    "return !!document.activeElement.closest('vaadin-confirm-dialog-overlay, vaadin-confirm-dialog');"))
                    .as("focus stays in the dialog")
                    .isEqualTo(true);
        }

        WebElement confirm =
                tabUntil(el -> "Delete".equals(el.getText()) && el.getTagName().equals("vaadin-button"));
        assertThat(confirm.isDisplayed()).isTrue();
        press(Keys.ENTER);
        waitUntil(
                "the dialog closes",
                () -> !Boolean.TRUE.equals(
                        js("const d = document.getElementById('social-delete-dialog'); return !!d && d.opened;")));
        waitUntil(
                "the profile is gone",
                () -> driver.findElements(By.xpath("//li[contains(., 'RosNOU test channel')]"))
                        .isEmpty());
        waitUntil("focus goes to a sensible place", () -> {
            String id = activeElement().getAttribute("id");
            return id != null
                    && (id.startsWith("social-delete-") || id.equals("social-add-heading"))
                    && !id.equals(deleteId);
        });
        assertThat(driver.findElement(By.tagName("footer")).getText()).doesNotContain("RosNOU test channel");
    }

    @org.springframework.beans.factory.annotation.Autowired
    ru.rosnou.international.security.service.AccountService accounts;

    @org.springframework.beans.factory.annotation.Autowired
    ru.rosnou.international.news.domain.ArticleRepository articles;

    /** Other browser tests share this database: leave the news as the sample content has it. */
    @org.junit.jupiter.api.AfterEach
    void removeTestArticles() {
        articles.findAll().stream()
                .filter(a -> a.getSlug().equals("winter-school-in-niigata"))
                .forEach(articles::delete);
    }

    @org.springframework.beans.factory.annotation.Autowired
    ru.rosnou.international.news.media.service.ImageService images;

    @org.springframework.beans.factory.annotation.Autowired
    ru.rosnou.international.news.service.NewsEditorService editor;

    @Test
    void uploadedImagesAreServedWithTheirTypeOnlyOnceTheirArticleIsPublished() throws Exception {
        String src = images.store(ru.rosnou.international.news.media.service.ImageServiceTest.PNG)
                .src();
        HttpClient client = HttpClient.newHttpClient();
        Function<String, HttpResponse<byte[]>> fetch = path -> {
            try {
                return client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(fetch.apply(src).statusCode())
                .as("not public before an article shows it")
                .isEqualTo(404);

        ru.rosnou.international.news.service.ArticleDraft draft =
                new ru.rosnou.international.news.service.ArticleDraft();
        draft.setLanguage(ru.rosnou.international.base.i18n.Language.EN);
        draft.setSlug("winter-school-in-niigata");
        draft.setTitle("Winter school in Niigata");
        draft.setPublishedOn(LocalDate.of(2026, 11, 24));
        draft.setLead("A lead.");
        draft.setBody("<p>Body.</p>");
        draft.setPublished(true);
        draft.getImages()
                .add(new ru.rosnou.international.news.service.ArticleDraft.ImageDraft(src, "A pixel", false, ""));
        assertThat(editor.save(draft).problems().byField()).isEmpty();

        HttpResponse<byte[]> image = fetch.apply(src);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(image.body()).isEqualTo(ru.rosnou.international.news.media.service.ImageServiceTest.PNG);
        assertThat(fetch.apply("/media/1").statusCode())
                .as("no sequential addresses")
                .isEqualTo(404);
        assertThat(fetch.apply("/media/AAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);
    }

    @Test
    void anArticlePublishedInTheWorkspaceAppearsOnThePublicSite() {
        clearCookies();
        open("en/editor/news/new", 1280);
        signIn("admin", "test-admin-password-1");
        waitUntil(
                "the editor form",
                () -> !driver.findElements(By.id("news-title")).isEmpty());
        waitForPage();
        driver.findElement(By.cssSelector("#news-title input")).sendKeys("Winter school in Niigata");
        driver.findElement(By.cssSelector("#news-slug input")).sendKeys("winter-school-in-niigata");
        js("const d = document.getElementById('news-date'); d.value = '2026-11-24';");
        driver.findElement(By.cssSelector("#news-lead textarea"))
                .sendKeys("Applications are open for the winter school.");
        driver.findElement(By.cssSelector("#news-body textarea"))
                .sendKeys("<p>The school lasts <em>two weeks</em>.</p>");
        driver.findElement(By.cssSelector("#news-published input")).click();
        driver.findElement(By.id("news-preview")).click();
        waitUntil(
                "the preview takes focus",
                () -> "news-preview-heading".equals(activeElement().getAttribute("id")));
        assertNoAxeViolations("the article editor with its preview");
        driver.findElement(By.id("news-save")).click();
        waitUntil("back at the list", () -> driver.getTitle().startsWith("News articles"));

        open("en", 1280);
        assertThat(driver.findElement(By.cssSelector(".news-list")).getText()).contains("Winter school in Niigata");
        driver.findElement(By.linkText("Winter school in Niigata")).click();
        waitUntil("the article opens", () -> driver.getTitle().startsWith("Winter school in Niigata"));
        assertThat(driver.findElement(By.cssSelector("main time")).getAttribute("datetime"))
                .isEqualTo("2026-11-24");
        assertThat(driver.findElement(By.cssSelector(".article-body em")).getText())
                .isEqualTo("two weeks");
        assertNoAxeViolations("the newly published article");
    }

    @Test
    void theNewsListKeepsTheKeyboardInPlaceAcrossPublishingAndACancelledDelete() {
        clearCookies();
        open("en/editor/news", 1280);
        signIn("admin", "test-admin-password-1");
        waitUntil(
                "the news list",
                () -> !driver.findElements(By.id("editor-news-list")).isEmpty());
        waitForPage();
        WebElement toggle = driver.findElement(By.cssSelector("#editor-news-list button[id^='news-toggle-']"));
        String toggleId = toggle.getAttribute("id");
        String before = toggle.getText();
        for (boolean backAgain : new boolean[] {false, true}) {
            js("document.getElementById(arguments[0]).focus();", toggleId);
            press(Keys.ENTER);
            waitUntil(
                    "the list is drawn anew with the keyboard on the same article's button",
                    () -> toggleId.equals(activeElement().getAttribute("id"))
                            && backAgain == before.equals(activeElement().getText()));
        }
        assertThat(driver.findElement(By.id(toggleId)).getText())
                .as("published state restored")
                .isEqualTo(before);

        WebElement delete = driver.findElement(By.cssSelector("#editor-news-list button[id^='news-delete-']"));
        String deleteId = delete.getAttribute("id");
        js("document.getElementById(arguments[0]).focus();", deleteId);
        press(Keys.ENTER);
        waitUntil(
                "the dialog opens",
                () -> Boolean.TRUE.equals(
                        js("const d = document.getElementById('news-delete-dialog'); return !!d && d.opened;")));
        assertNoAxeViolations("the news delete dialog");
        press(Keys.ESCAPE);
        waitUntil(
                "focus back on the delete button",
                () -> deleteId.equals(activeElement().getAttribute("id")));
        assertThat(js("return document.querySelector('.site').inert;")).isEqualTo(false);
    }

    @Test
    void aThreeMegabyteImageUploadsAndALargerOneIsRefusedWithAMessage() throws Exception {
        Path threeMegabytes = noisePng(1000, 1000);
        assertThat(Files.size(threeMegabytes)).isBetween(2_500_000L, 4_000_000L);
        Path sixMegabytes = noisePng(1450, 1450);
        assertThat(Files.size(sixMegabytes)).isGreaterThan(5L * 1024 * 1024);
        clearCookies();
        open("en/editor/news/new", 1280);
        signIn("admin", "test-admin-password-1");
        waitUntil(
                "the editor form",
                () -> !driver.findElements(By.id("news-upload")).isEmpty());
        waitForPage();

        fileInput().sendKeys(threeMegabytes.toString());
        waitUntil(
                "uploaded",
                () -> driver.findElement(By.id("news-upload-status"))
                        .getText()
                        .startsWith("Uploaded: " + threeMegabytes.getFileName()));
        assertThat(activeElement().getAttribute("id"))
                .as("the message takes focus")
                .isEqualTo("news-upload-status");

        fileInput().sendKeys(sixMegabytes.toString());
        waitUntil(
                "refused",
                () -> driver.findElement(By.id("news-upload-status"))
                        .getText()
                        .contains(sixMegabytes.getFileName() + " was not accepted"));
        assertThat(driver.findElement(By.id("news-upload-status")).getText()).doesNotContain("Uploaded");
        driver.findElement(By.id("news-image-add")).click();
        waitUntil(
                "the refused file is not the one added",
                () -> driver.findElement(By.id("news-upload-status")).getText().equals("Upload an image first."));
    }

    private static WebElement fileInput() {
        return (WebElement) js("return document.querySelector('#news-upload input[type=file]')"
                + " || document.querySelector('#news-upload').shadowRoot.querySelector('input[type=file]');");
    }

    /** A PNG of random pixels, which does not compress: about three bytes per pixel. */
    private static Path noisePng(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(width);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        Path file = Files.createTempFile("photo-" + width, ".png");
        ImageIO.write(image, "png", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }

    @Test
    void fiveWrongPasswordsFromOneAddressPauseItForThatNameEvenAgainstTheRightOne() {
        accounts.create(
                "locked-out-test", "the-right-password-1", ru.rosnou.international.security.domain.EditorRole.EDITOR);
        clearCookies();
        open("editor/login", 1280);
        for (int i = 0; i < 5; i++) {
            // The address says "error" from the second try on already: wait for the page this try brings.
            js("window.previousTry = true;");
            signIn("locked-out-test", "wrong password " + i);
            waitUntil(
                    "the error is shown",
                    () -> driver.getCurrentUrl().contains("error")
                            && !Boolean.TRUE.equals(js("return window.previousTry === true;")));
            waitForPage();
        }
        open("editor/login", 1280);
        signIn("locked-out-test", "the-right-password-1");
        waitUntil("refused", () -> driver.getCurrentUrl().contains("paused"));
        waitForPage();
        assertThat(driver.getCurrentUrl()).contains("/editor/login");
        waitUntil(
                "the reason takes focus",
                () -> "login-error".equals(activeElement().getAttribute("id")));
        assertThat(activeElement().getText()).contains("приостановлен на нём на 15 мин", "Администратор может снять");
        assertThat(driver.getPageSource()).doesNotContain("Exception");
        assertThat(accounts.list())
                .filteredOn(a -> a.username().equals("locked-out-test"))
                .singleElement()
                .matches(ru.rosnou.international.security.service.AccountService.AccountSummary::locked);
        assertNoAxeViolations("the login page with an error");
    }

    @Test
    void aFormSentWithProblemsListsThemAtTheTopAndEachLinkLeadsToItsField() throws Exception {
        clearCookies();
        open("en/editor/news/new", 1280);
        signIn("admin", "test-admin-password-1");
        sendTheNewsFormWithProblems();
        assertThat(activeElement().getText())
                .startsWith("Please correct the form: problems found: ")
                .contains("Enter the title.");
        assertNoAxeViolations("the article editor with its problems listed");
        String url = driver.getCurrentUrl();
        press(Keys.TAB);
        assertThat(activeElement().getText()).isEqualTo("Enter the title.");
        press(Keys.ENTER);
        waitUntil(
                "the title field has focus",
                () -> "news-title".equals(js("return document.activeElement.closest('#news-title')?.id;")));
        assertThat(driver.getCurrentUrl())
                .as("the link does not leave the page")
                .isEqualTo(url);

        for (String scheme : List.of("white-on-black", "brown-on-beige")) {
            setSettingsCookie("v1|fs:100|ls:normal|lh:1.5|ff:sans|cs:" + scheme + "|im:show|on:1");
            open("en/editor/news/new", 1280);
            sendTheNewsFormWithProblems();
            assertNoAxeViolations("the article editor with its problems listed, " + scheme);
            Map<?, ?> text = (Map<?, ?>) js(ColourSchemesIT.script("contrast.js"), 7.0);
            assertThat((List<?>) text.get("failures"))
                    .as("text with the problems listed at 7:1 in %s", scheme)
                    .isEmpty();
        }
    }

    private void sendTheNewsFormWithProblems() {
        waitUntil(
                "the editor form",
                () -> !driver.findElements(By.id("news-title")).isEmpty());
        waitForPage();
        driver.findElement(By.cssSelector("#news-slug input")).sendKeys("Not A Slug");
        driver.findElement(By.id("news-save")).click();
        waitUntil(
                "the summary takes focus",
                () -> "news-errors".equals(activeElement().getAttribute("id")));
    }

    @Test
    void everyWorkspacePageIsAccessibleInEverySchemeAndOnAPhone() throws Exception {
        clearCookies();
        open("editor/login", 1280);
        signIn("admin", "test-admin-password-1");
        waitUntil("signed in", () -> !driver.getCurrentUrl().contains("/login"));
        long seedArticle = articles.findAll().stream()
                .filter(a -> a.getLanguage() == ru.rosnou.international.base.i18n.Language.EN)
                .findFirst()
                .orElseThrow()
                .getId();
        List<String> pages = List.of(
                "editor",
                "editor/questions",
                "en/editor/social",
                "editor/users",
                "editor/news",
                "en/editor/news/new",
                "en/editor/news/" + seedArticle);
        for (String scheme : ColourSchemesIT.SCHEMES) {
            setSettingsCookie("v1|fs:100|ls:normal|lh:1.5|ff:sans|cs:" + scheme + "|im:show|on:1");
            for (String page : pages) {
                open(page, 1280);
                assertThat(driver.getCurrentUrl()).as("still signed in").doesNotContain("/login");
                assertNoAxeViolations(scheme + " on /" + page);
                Map<?, ?> text = (Map<?, ?>) js(ColourSchemesIT.script("contrast.js"), 7.0);
                assertThat((List<?>) text.get("failures"))
                        .as("text below 7:1 in %s on /%s", scheme, page)
                        .isEmpty();
            }
        }
        setSettingsCookie("v1|fs:200|ls:large|lh:2.5|ff:sans|cs:default|im:show|on:1");
        for (String page : pages) {
            open(page, 320);
            Object wide = js(
                    "const vw = document.documentElement.clientWidth; return [...document.querySelectorAll('main *')]"
                            + ".filter(e => e.getBoundingClientRect().right > vw + 1).slice(0, 5)"
                            + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));");
            assertThat(((Number) js("return document.documentElement.scrollWidth;")).intValue())
                    .as("no sideways scrolling on /%s at 320px and 200%%: %s", page, wide)
                    .isLessThanOrEqualTo(320);
        }
    }
}
