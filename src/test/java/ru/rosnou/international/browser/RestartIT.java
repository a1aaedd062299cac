package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import ru.rosnou.international.Application;

/**
 * A reader's settings survive a restart of the application: the site is started, stopped and started
 * again on the same port and data folder, as an operator would do, while the browser keeps its cookie.
 */
class RestartIT {

    private static ChromeDriver driver;
    private static Path dataDir;

    @BeforeAll
    static void setUp() throws IOException {
        dataDir = Files.createTempDirectory("restart-it");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run");
        driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                        .build(),
                options);
    }

    @AfterAll
    static void tearDown() {
        driver.quit();
        FileSystemUtils.deleteRecursively(dataDir.toFile());
    }

    @Test
    void settingsHoldAfterTheApplicationRestarts() throws IOException {
        int port = freePort();
        String url = "http://localhost:" + port + "/en";
        try (ConfigurableApplicationContext first = start(port)) {
            driver.get(url);
            waitFor("page", "return !!document.querySelector('main h1')");
            driver.findElement(By.id("a11y-entry")).click();
            waitFor("toolbar", "const p = document.getElementById('a11y-panel'); return !!p && !p.hidden;");
            driver.findElement(By.xpath("//fieldset[@id='a11y-group-font-scale']//label[span[last()]='200%']"))
                    .click();
            driver.findElement(
                            By.xpath("//fieldset[@id='a11y-group-scheme']//label[span[last()]='Green on dark brown']"))
                    .click();
            waitFor("applied", "return document.documentElement.dataset.fontScale === '200'");
            waitFor("applied", "return document.documentElement.dataset.scheme === 'green-on-dark-brown'");
        }

        try (ConfigurableApplicationContext second = start(port)) {
            driver.get(url);
            waitFor("page", "return !!document.querySelector('main h1')");
            Map<?, ?> state =
                    (Map<?, ?>) driver.executeScript("return {scale: document.documentElement.dataset.fontScale,"
                            + " scheme: document.documentElement.dataset.scheme,"
                            + " bg: getComputedStyle(document.body).backgroundColor};");
            assertThat(state.get("scale")).isEqualTo("200");
            assertThat(state.get("scheme")).isEqualTo("green-on-dark-brown");
            assertThat(state.get("bg")).isEqualTo("rgb(59, 39, 22)");
        }
    }

    @Test
    void anAcknowledgedQuestionSurvivesARestart() throws IOException {
        int port = freePort();
        String reference;
        try (ConfigurableApplicationContext first = start(port)) {
            driver.get("http://localhost:" + port + "/en/ask");
            waitFor("form", "return !!document.getElementById('ask-full-name')");
            driver.findElement(By.id("ask-full-name")).sendKeys("Anna Petrova");
            driver.findElement(By.id("ask-email")).sendKeys("anna@example.org");
            driver.findElement(By.cssSelector("label[for=ask-topic-other]")).click();
            driver.findElement(By.id("ask-text")).sendKeys("Is the question kept after a restart?");
            driver.findElement(By.id("ask-consent")).click();
            // The real minimum fill time applies here (no test profile): wait it out like a person would.
            waitFor(
                    "three seconds",
                    "return (window.__t0 = window.__t0 || Date.now()) && Date.now() - window.__t0 > 3500");
            driver.findElement(By.id("ask-send")).click();
            waitFor("acknowledged", "return !!document.getElementById('ask-reference')");
            reference = driver.findElement(By.id("ask-reference")).getText();
        }
        try (ConfigurableApplicationContext second = start(port)) {
            assertThat(second.getBean(ru.rosnou.international.questions.domain.QuestionRepository.class)
                            .findByReference(reference))
                    .as(reference)
                    .isPresent();
        }
    }

    private static ConfigurableApplicationContext start(int port) {
        return SpringApplication.run(
                Application.class,
                "--server.port=" + port,
                "--management.server.port=0",
                "--app.data-dir=" + dataDir,
                "--vaadin.devmode.devTools.enabled=false",
                "--logging.level.root=warn");
    }

    private static void waitFor(String what, String script) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(what)
                .until(d -> Boolean.TRUE.equals(driver.executeScript(script)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
