package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rosnou.international.security.domain.EditorRole;
import ru.rosnou.international.security.service.AccountService;

/** Signing in and out of the workspace: language kept, sessions ended, and the login form guarded. */
class SignInIT extends BrowserTest {

    private static final String ADMIN_PASSWORD = "test-admin-password-1";
    private static final String LOGIN = "/editor/login";

    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anEnglishReaderStaysInEnglishThroughAFailedSignInASuccessfulOneAndSigningOut() {
        clearCookies();
        open("en/editor/questions", 1280);
        waitUntil("sent to the English login page", () -> driver.getCurrentUrl().endsWith("/en/editor/login"));
        waitForPage();
        assertThat(htmlLang()).isEqualTo("en");
        // Password managers and autofill recognise the fields (WCAG 1.3.5).
        assertThat(driver.findElement(By.cssSelector("input[name='username']")).getAttribute("autocomplete"))
                .isEqualTo("username");
        assertThat(driver.findElement(By.cssSelector("input[name='password']")).getAttribute("autocomplete"))
                .isEqualTo("current-password");

        signIn("admin", "not the password");
        waitUntil(
                "the English login page with the error",
                () -> driver.getCurrentUrl().endsWith("/en/editor/login?error"));
        waitForPage();
        assertThat(htmlLang()).isEqualTo("en");
        waitUntil(
                "the reason takes focus, so that a screen reader reads it",
                () -> "login-error".equals(activeElement().getAttribute("id")));
        assertThat(activeElement().getText()).contains("Could not sign in", "Check the user name and password");
        assertThat(driver.getTitle()).startsWith("Error: Sign in to the editors' workspace");
        assertNoAxeViolations("the English login page with an error");

        signIn("admin", ADMIN_PASSWORD);
        waitUntil(
                "the page first asked for, in English",
                () -> driver.getCurrentUrl().endsWith("/en/editor/questions"));
        waitForPage();

        driver.findElement(By.id("editor-sign-out")).click();
        waitUntil("the English home page", () -> driver.getCurrentUrl().endsWith("/en"));
        waitForPage();
        assertThat(htmlLang()).isEqualTo("en");
        open("en/editor", 1280);
        waitUntil(
                "signed out: the workspace asks to sign in",
                () -> driver.getCurrentUrl().contains("/editor/login"));
    }

    @Test
    void theSignInPageArrivesCompleteAsAPlainFormWithoutASessionOrVaadinsClient() throws Exception {
        for (String path : List.of(LOGIN, "/en" + LOGIN, LOGIN + "?error")) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie"))
                    .as("%s: a visitor who only looks at the form starts no session", path)
                    .isEmpty();
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("script[src*=VAADIN], script[type=module]"))
                    .as("%s: no Vaadin client", path)
                    .isEmpty();
            assertThat(page.select("form#login-form[method=post] input#login-username[name=username]"))
                    .as("%s: the form posts the user name", path)
                    .hasSize(1);
            assertThat(page.select("label[for=login-password]")).as(path).hasSize(1);
            assertThat(page.select("input#login-password[type=password][autocomplete=current-password]"))
                    .as(path)
                    .hasSize(1);
        }

        clearCookies();
        open("en/editor/login", 1280);
        assertThat(isFirstResponsePage()).isTrue();
        assertNoAxeViolations("the plain English sign-in page");
        // By keyboard alone: the skip link, then into the form by Tab, and Enter sends it.
        WebElement user = tabUntil(el -> "login-username".equals(el.getAttribute("id")));
        user.sendKeys("admin");
        press(Keys.TAB);
        assertThat(activeElement().getAttribute("id")).isEqualTo("login-password");
        activeElement().sendKeys(ADMIN_PASSWORD);
        press(Keys.TAB);
        assertThat(activeElement().getText()).isEqualTo("Sign in");
        press(Keys.ENTER);
        waitUntil("the English workspace", () -> driver.getCurrentUrl().endsWith("/en/editor"));
        waitForPage();
        assertThat(driver.getTitle()).startsWith("Editors' workspace");
        clearCookies();
    }

    @Test
    void signingInFromTheLoginPageItselfLandsInTheWorkspaceOfItsLanguage() {
        clearCookies();
        open("en/editor/login", 1280);
        signIn("admin", ADMIN_PASSWORD);
        waitUntil("the English workspace", () -> driver.getCurrentUrl().endsWith("/en/editor"));
        waitForPage();
        assertThat(driver.getTitle()).startsWith("Editors' workspace");
        driver.findElement(By.id("editor-sign-out")).click();
        waitUntil("signed out", () -> driver.getCurrentUrl().endsWith("/en"));
    }

    @Test
    void disablingAnAccountSignsItOutAtItsNextStep() {
        accounts.create("editor-to-disable", "a-long-enough-password", EditorRole.EDITOR);
        long id = accounts.list().stream()
                .filter(a -> a.username().equals("editor-to-disable"))
                .findFirst()
                .orElseThrow()
                .id();
        clearCookies();
        open("editor/login", 1280);
        signIn("editor-to-disable", "a-long-enough-password");
        waitUntil("in the workspace", () -> driver.getCurrentUrl().endsWith("/editor"));
        waitForPage();

        accounts.setEnabled(id, false);
        // The workspace's own "Новости" (the site navigation's one, first in the page, loads the public news
        // list as a first response, which asks nothing of the session).
        driver.findElement(By.cssSelector("main a[href$='editor/news']")).click();
        waitUntil("sent to the login page", () -> driver.getCurrentUrl().contains("/editor/login"));
        waitForPage();
        open("editor/news", 1280);
        assertThat(driver.getCurrentUrl()).as("the old session is gone").contains("/editor/login");
    }

    @Test
    void anAddressThatFailsTooOftenIsPausedWhileOthersCanStillSignIn() throws Exception {
        String noisy = "203.0.113.50";
        for (int i = 0; i < 20; i++) {
            assertThat(postLogin(noisy, "nobody-" + i, "guess", LOGIN))
                    .as("attempt %d", i + 1)
                    .isEqualTo("/editor/login?error");
        }
        assertThat(postLogin(noisy, "admin", ADMIN_PASSWORD, LOGIN))
                .as("even the right password")
                .isEqualTo("/editor/login?blocked");
        assertThat(postLogin(noisy, "admin", ADMIN_PASSWORD, LOGIN + "?lang=en"))
                .isEqualTo("/en/editor/login?blocked");
        assertThat(postLogin(noisy, "admin", ADMIN_PASSWORD, "/editor/l%6Fgin"))
                .as("another spelling of the address")
                .isEqualTo("/editor/login?blocked");
        assertThat(postLogin("203.0.113.51", "admin", ADMIN_PASSWORD, LOGIN))
                .as("another address")
                .isEqualTo("/editor");

        clearCookies();
        open("en/editor/login?blocked", 1280);
        assertThat(driver.findElement(By.id("login-error")).getText())
                .contains("Too many failed sign-ins have come from your network", "15 minutes");
        assertNoAxeViolations("the login page of a paused address");

        setSettingsCookie("v1|fs:200|ls:large|lh:2.5|ff:sans|cs:white-on-black|im:show|on:1");
        open("en/editor/login?blocked", 320);
        assertThat(((Number) js("return document.documentElement.scrollWidth;")).intValue())
                .as("the login form fits a phone at 200% text")
                .isLessThanOrEqualTo(320);
        assertNoAxeViolations("the login page on a phone at 200% in white on black");
    }

    @Test
    void theLoginPageWithItsErrorKeepsAAAContrastInEveryScheme() throws Exception {
        clearCookies();
        for (String scheme : ColourSchemesIT.SCHEMES) {
            setSettingsCookie("v1|fs:100|ls:normal|lh:1.5|ff:sans|cs:" + scheme + "|im:show|on:1");
            open("en/editor/login?error", 1280);
            assertNoAxeViolations("the login page with an error in " + scheme);
            Map<?, ?> text = (Map<?, ?>) js(ColourSchemesIT.script("contrast.js"), 7.0);
            assertThat((List<?>) text.get("failures"))
                    .as("text below 7:1 in %s", scheme)
                    .isEmpty();
        }
    }

    @Test
    void aLoginFormPostedFromAnotherSiteDoesNotSignAnyoneIn() throws Exception {
        HttpResponse<Void> response = http.send(
                loginRequest("203.0.113.60", "admin", ADMIN_PASSWORD, "/editor/l%6Fgin")
                        .header("Sec-Fetch-Site", "cross-site")
                        .header("Origin", "https://evil.example.com")
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .as("back to the form, no error")
                .endsWith("/editor/login");
        assertThat(response.headers().allValues("Set-Cookie"))
                .as("no session was started")
                .isEmpty();
        assertThat(postLogin("203.0.113.61", "admin", ADMIN_PASSWORD, LOGIN))
                .as("the same form from the site itself")
                .isEqualTo("/editor");
    }

    /** Posts the login form as a browser would from the site itself; returns where it sends the browser. */
    private String postLogin(String clientAddress, String username, String password, String address) throws Exception {
        HttpResponse<Void> response = http.send(
                loginRequest(clientAddress, username, password, address)
                        .header("Sec-Fetch-Site", "same-origin")
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    /** The test talks to the site through loopback, a trusted proxy: X-Forwarded-For names the client. */
    private HttpRequest.Builder loginRequest(String clientAddress, String username, String password, String address) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + address))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }
}
