import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives Debian's Chromium for the benchmarks (run by bench/*.sh with the project's test classpath; not a test).
 *
 * <pre>
 * visits BASE ACCESS_LOG N PASSWORD PATH...   each path N times in the browser as a reader (or, for paths under
 *                                             editor/, as a signed-in editor); server time and bytes per visit are
 *                                             summed from Tomcat's access log over the requests of that visit
 * readers BASE N PATH                          opens N tabs, each with no cookie of the others (a reader of its own), and
 *                                             leaves them open until this program is stopped (stdin closed or killed)
 * live BASE PASSWORD SERVER                    signs in through the balancer, held on SERVER by HAProxy's cookie, and prints
 *                                              "READY"; after a line on stdin (its instance killed meanwhile) it goes on
 *                                              in the workspace and prints "LIVE <what the page shows>"
 * toggle BASE PASSWORD                         signs in as admin, unpublishes (or publishes) the newest article once and
 *                                              prints "TOGGLED <article id>"
 * publish BASE PASSWORD                        signs in as admin, unpublishes and republishes the newest article, and
 *                                             checks the public list in between; prints OK or FAILED
 * retitle BASE PASSWORD ID WORD               signs in as admin, adds WORD to article ID's title in the workspace and
 *                                             prints "READY"; after a line on stdin it saves and prints "SAVED" once the
 *                                             workspace has acknowledged it (it is back on the news list)
 * </pre>
 * Only addresses on this machine are visited.
 */
public class BenchBrowser {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "visits" -> visits(args[1], Path.of(args[2]), Integer.parseInt(args[3]), args[4],
                    List.of(args).subList(5, args.length));
            case "readers" -> readers(args[1], Integer.parseInt(args[2]), args[3]);
            case "publish" -> publish(args[1], args[2]);
            case "toggle" -> toggle(args[1], args[2]);
            case "live" -> live(args[1], args[2], args[3]);
            case "retitle" -> retitle(args[1], args[2], args[3], args[4]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static ChromeDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }

    private static void requireLocal(String base) {
        if (!base.matches("^http://(localhost|127\\.\\d+\\.\\d+\\.\\d+)(:\\d+)?/?$")) {
            throw new IllegalArgumentException("Benchmarks only visit this machine: " + base);
        }
    }

    /** Waits until the page shows its heading and, on a live Vaadin page, Vaadin has stopped talking. */
    private static void waitForPage(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("""
                        if (!document.querySelector('main h1') || document.readyState !== 'complete') { return false; }
                        const f = window.Vaadin && window.Vaadin.Flow;
                        return !f || !f.clients || Object.values(f.clients).every(c => !c.isActive());""")));
    }

    private static void signIn(ChromeDriver driver, String base, String password) {
        driver.get(base + "en/editor/login");
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
                !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        driver.findElement(By.cssSelector("input[name='username']")).sendKeys("admin");
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("/editor")
                && !d.getCurrentUrl().contains("login"));
    }

    private static void visits(String base, Path accessLog, int n, String password, List<String> paths)
            throws Exception {
        requireLocal(base);
        ChromeDriver driver = browser();
        driver.executeCdpCommand("Network.enable", Map.of());
        try {
            if (paths.stream().anyMatch(p -> p.startsWith("editor") || p.startsWith("en/editor"))) {
                signIn(driver, base, password);
            }
            // The server's steady state is what readers meet (it runs for days): each reader's page is asked for
            // up to 300 times or 15 s first, so the JIT has compiled what draws it, then a round over every page
            // in the browser, so that no page measured pays for a warm-up.
            java.net.http.HttpClient warmer = java.net.http.HttpClient.newHttpClient();
            for (String path : paths) {
                if (path.startsWith("editor") || path.startsWith("en/editor")) {
                    continue;
                }
                long until = System.currentTimeMillis() + 15_000;
                for (int i = 0; i < 300 && System.currentTimeMillis() < until; i++) {
                    warmer.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding());
                }
            }
            java.util.Set<String> tooSlow = new java.util.HashSet<>();
            for (int round = 0; round < 3; round++) {
                for (String path : paths) {
                    if (tooSlow.contains(path)) {
                        continue;
                    }
                    try {
                        driver.get(base + path);
                        waitForPage(driver);
                    } catch (org.openqa.selenium.TimeoutException e) {
                        tooSlow.add(path);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%-48s %10s %10s %10s %10s%n", "page", "p50 ms", "p95 ms", "p50 KB",
                    "requests");
            for (String path : paths) {
                // Every visit of a reader's page fetches it anew (no 304 from the browser's cache), so its drawing
                // and bytes are counted. An editor's browser keeps Vaadin's client (hashed names, cached for a
                // year) as editors' browsers do; fetching its 2 MB again on every visit would only make the
                // measured requests wait for the 2 cores.
                boolean editorPage = path.startsWith("editor") || path.startsWith("en/editor");
                driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", !editorPage));
                List<Double> times = new ArrayList<>();
                List<Double> kilobytes = new ArrayList<>();
                int requests = 0;
                boolean timedOut = false;
                for (int i = 0; i < n + 2 && !timedOut; i++) {
                    driver.get("about:blank");
                    Thread.sleep(50);
                    long from = System.currentTimeMillis();
                    try {
                        driver.get(base + path);
                        waitForPage(driver);
                    } catch (org.openqa.selenium.TimeoutException e) {
                        timedOut = true;
                        continue;
                    }
                    Thread.sleep(150);
                    long to = System.currentTimeMillis();
                    List<String[]> lines = requestsBetween(accessLog, from, to);
                    if (i < 2) {
                        continue; // warm-up
                    }
                    times.add(lines.stream().mapToDouble(l -> Double.parseDouble(l[1]) / 1000.0).sum());
                    kilobytes.add(lines.stream().mapToDouble(l -> l[2].equals("-") ? 0 : Double.parseDouble(l[2]))
                            .sum() / 1024.0);
                    requests = lines.size();
                }
                if (timedOut) {
                    System.out.printf(Locale.ROOT, "%-48s did not finish loading within 60 s%n", path);
                    continue;
                }
                System.out.printf(Locale.ROOT, "%-48s %10.1f %10.1f %10.1f %10d%n", path.isEmpty() ? "/" : path,
                        percentile(times, 50), percentile(times, 95), percentile(kilobytes, 50), requests);
            }
        } finally {
            driver.quit();
        }
    }

    /**
     * Access-log lines ("begin-ms micros bytes uri") of a visit, without the cached static bundle files, which a
     * returning reader does not fetch again.
     */
    private static List<String[]> requestsBetween(Path log, long from, long to) throws Exception {
        List<String[]> found = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            String[] parts = line.trim().split(" ");
            if (parts.length < 4) {
                continue;
            }
            long begin = Long.parseLong(parts[0]);
            boolean asset = parts[3].startsWith("/VAADIN/build/") || parts[3].startsWith("/assets/")
                    || parts[3].startsWith("/VAADIN/themes/") || parts[3].startsWith("/images/");
            if (begin >= from && begin <= to && !asset) {
                found.add(parts);
            }
        }
        return found;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void readers(String base, int n, String path) throws Exception {
        requireLocal(base);
        ChromeDriver driver = browser();
        try {
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
                }
                driver.get(base + path);
                waitForPage(driver);
                // A reader of its own: the next tab carries no cookie of this one, so it gets a session of its own.
                driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            }
            Thread.sleep(15_000);
            System.out.println("OPEN " + n);
            System.out.flush();
            // Stay open until the script that started us says so.
            while (System.in.read() != -1) {
                Thread.sleep(100);
            }
        } finally {
            driver.quit();
        }
    }

    private static void live(String base, String password, String server) throws Exception {
        requireLocal(base);
        ChromeDriver driver = browser();
        try {
            driver.get(base + "robots.txt");
            driver.manage().addCookie(new org.openqa.selenium.Cookie("SERVER", server, "/"));
            signIn(driver, base, password);
            driver.get(base + "en/editor/news");
            waitForPage(driver);
            System.out.println("READY");
            System.out.flush();
            new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
            // Something that needs the server: the next page of the workspace's own navigation. The session is gone
            // with its instance, so the page must load itself anew (and land on the login page).
            org.openqa.selenium.WebElement page = driver.findElement(By.tagName("html"));
            driver.findElement(By.cssSelector("a[href$='editor/questions']")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(
                    org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
            waitForPage(driver);
            String text = driver.findElement(By.tagName("body")).getText();
            boolean error = text.contains("Session Expired") || text.contains("Internal error")
                    || text.contains("Server connection lost");
            System.out.println("LIVE " + (error ? "ERROR " : "OK ") + driver.getCurrentUrl().replace(base, "/")
                    + " h1=" + driver.findElement(By.cssSelector("main h1")).getText());
        } catch (RuntimeException e) {
            System.out.println("LIVE ERROR " + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        } finally {
            driver.quit();
        }
    }

    private static void toggle(String base, String password) throws Exception {
        requireLocal(base);
        ChromeDriver driver = browser();
        try {
            String toggleId = signInAndToggleNewest(driver, base, password);
            System.out.println("TOGGLED " + toggleId.substring("news-toggle-".length()));
        } finally {
            driver.quit();
        }
    }

    /** Signs in as admin and unpublishes (or publishes) the newest article once; returns its button's id. */
    private static String signInAndToggleNewest(ChromeDriver driver, String base, String password) {
        signIn(driver, base, password);
        driver.get(base + "en/editor/news");
        waitForPage(driver);
        String toggleId = driver.findElement(By.cssSelector("#editor-news-list button[id^='news-toggle-']"))
                .getAttribute("id");
        driver.findElement(By.id(toggleId)).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("announcer")).getText()
                .startsWith("Unpublished") || d.findElement(By.id("announcer")).getText().startsWith("Published"));
        return toggleId;
    }

    private static void publish(String base, String password) throws Exception {
        requireLocal(base);
        ChromeDriver driver = browser();
        try {
            long start = System.currentTimeMillis();
            String toggleId = signInAndToggleNewest(driver, base, password);
            driver.findElement(By.id(toggleId)).click();
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("announcer")).getText()
                    .startsWith("Published"));
            System.out.printf(Locale.ROOT, "PUBLISH OK in %.1f s%n", (System.currentTimeMillis() - start) / 1000.0);
        } catch (RuntimeException e) {
            System.out.println("PUBLISH FAILED: " + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        } finally {
            driver.quit();
        }
    }

    private static void retitle(String base, String password, String id, String word) throws Exception {
        requireLocal(base);
        ChromeDriver driver = browser();
        try {
            signIn(driver, base, password);
            driver.get(base + "en/editor/news/" + id);
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
                    !d.findElements(By.cssSelector("#news-title input")).isEmpty());
            waitForPage(driver);
            driver.findElement(By.cssSelector("#news-title input")).sendKeys(Keys.END, " " + word);
            System.out.println("READY");
            System.out.flush();
            new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
            driver.findElement(By.id("news-save")).click();
            // Saved: the workspace has committed the change and gone back to the list.
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().endsWith("editor/news"));
            System.out.println("SAVED");
            System.out.flush();
        } catch (RuntimeException e) {
            System.out.println("RETITLE FAILED: " + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        } finally {
            driver.quit();
        }
    }
}
