package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import ru.rosnou.international.SampleArticles;

/** Every page type in both languages, at desktop and phone widths, as a browser renders it. */
class PagesIT extends BrowserTest {

    static Stream<Arguments> pages() {
        List<String[]> pages = List.of(
                new String[] {"en", "en", "News — RosNOU International"},
                new String[] {"", "ru", "Новости — РосНОУ: международная деятельность"},
                new String[] {"en?year=2019&topic=association&page=1", "en", "News, 2019, "},
                new String[] {SampleArticles.SEED_EN_PATH, "en", SampleArticles.SEED_EN_TITLE + " — "},
                new String[] {SampleArticles.SEED_RU_PATH, "ru", SampleArticles.SEED_RU_TITLE + " — "},
                new String[] {
                    "en/info-center/inform/v-rosnou-otkrylsya-tsentr-stran-tikhookeanskogo-regiona",
                    "en",
                    "Center of Pacific Rim Countries"
                },
                new String[] {"en/association", "en", "Association of Japanese and Russian Universities — "},
                new String[] {"association", "ru", "Ассоциация японских и российских университетов — "},
                new String[] {"en/info-center/inform/no-such-news", "en", "Page not found — "},
                new String[] {"info-center/inform/no-such-news", "ru", "Страница не найдена — "},
                new String[] {"en/ask", "en", "Ask a question — "},
                new String[] {"ask", "ru", "Задать вопрос — "},
                new String[] {"en/faq", "en", "Frequently asked questions — "},
                new String[] {"faq", "ru", "Часто задаваемые вопросы — "},
                new String[] {"en/privacy", "en", "Personal data policy — "},
                new String[] {"en/accessibility", "en", "Accessibility statement — "},
                new String[] {"accessibility", "ru", "Заявление о доступности — "},
                new String[] {"en/events", "en", "Events — "},
                new String[] {"events", "ru", "Мероприятия — "},
                new String[] {
                    "en/events/first-congress-association-japanese-russian-universities-2018",
                    "en",
                    "First Congress of the Association"
                },
                new String[] {
                    "events/kruglyy-stol-partnerstvo-rossiyskikh-i-yaponskikh-vuzov-2020", "ru", "Круглый стол «"
                });
        return Stream.of(1280, 320)
                .flatMap(width -> pages.stream().map(page -> Arguments.of(page[0], page[1], page[2], width)));
    }

    @ParameterizedTest(name = "/{0} at {3}px")
    @MethodSource("pages")
    void pageIsAccessibleInItsLanguage(String path, String language, String titleStart, int width) {
        open(path, width);

        assertThat(htmlLang()).isEqualTo(language);
        assertThat(driver.getTitle()).startsWith(titleStart);
        assertNoAxeViolations("/" + path + " at " + width + "px");
        assertOneH1AndNoSkippedHeadingLevels();
        if (width == 320) {
            assertThat(driver.findElement(By.cssSelector(".site-name-tagline")).isDisplayed())
                    .as("the directorate's name stays in the header on a phone")
                    .isTrue();
            assertNoHorizontalScrolling();
            assertTouchTargetsAreLargeEnough();
        }
    }

    @org.junit.jupiter.api.Test
    void theFirstHtmlResponseAlreadyCarriesThePageLanguage() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Map<String, String[]> expectations = Map.of(
                SampleArticles.SEED_EN_PATH,
                new String[] {"en", SampleArticles.SEED_EN_TITLE + " — RosNOU International"},
                SampleArticles.SEED_RU_PATH,
                new String[] {"ru", SampleArticles.SEED_RU_TITLE + " — РосНОУ: международная деятельность"},
                "",
                new String[] {"ru", "Новости — РосНОУ: международная деятельность"},
                "en",
                new String[] {"en", "News — RosNOU International"},
                "en/ask",
                new String[] {"en", "Ask a question — RosNOU International"});
        for (Map.Entry<String, String[]> page : expectations.entrySet()) {
            String body = client.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + page.getKey()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(body)
                    .as("/%s", page.getKey())
                    .contains("<html lang=\"" + page.getValue()[0] + "\"")
                    .contains("<title>" + page.getValue()[1] + "</title>");
        }
    }

    @org.junit.jupiter.api.Test
    void unknownAddressesAnswerNotFound() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Map<String, Integer> expectations = Map.of(
                SampleArticles.SEED_EN_PATH,
                200,
                "en/info-center/inform/no-such-news",
                404,
                "info-center/inform/no-such-news",
                404,
                "no/such/page",
                404,
                "en/association",
                200,
                "",
                200);
        for (Map.Entry<String, Integer> page : expectations.entrySet()) {
            int status = client.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + page.getKey()))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            assertThat(status).as("/%s", page.getKey()).isEqualTo(page.getValue());
        }
    }

    @org.junit.jupiter.api.Test
    void theAccessibilityCheckItselfCatchesAViolation() {
        open("en", 1280);
        js("const img = document.createElement('img'); img.src = 'images/news/pacific-rim-center.svg';"
                + " document.querySelector('main').appendChild(img);");

        Results results = new AxeBuilder().withTags(WCAG_AA_TAGS).analyze(driver);

        assertThat(results.getViolations()).extracting(Rule::getId).contains("image-alt");
    }

    private static void assertOneH1AndNoSkippedHeadingLevels() {
        @SuppressWarnings("unchecked")
        List<Long> levels = (List<Long>) js("return [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')]"
                + ".filter(h => h.offsetParent !== null).map(h => Number(h.tagName.substring(1)));");
        assertThat(levels.stream().filter(level -> level == 1)).as("h1 count").hasSize(1);
        assertThat(levels.get(0)).as("first heading").isEqualTo(1L);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i))
                    .as("heading %d after h%d", i, levels.get(i - 1))
                    .isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
    }

    private static void assertNoHorizontalScrolling() {
        Map<?, ?> sizes = (Map<?, ?>) js("return {scroll: document.documentElement.scrollWidth,"
                + " client: document.documentElement.clientWidth, inner: window.innerWidth};");
        assertThat(((Number) sizes.get("inner")).intValue())
                .as("viewport width")
                .isEqualTo(320);
        assertThat(((Number) sizes.get("scroll")).intValue())
                .as("page width at 320px")
                .isLessThanOrEqualTo(((Number) sizes.get("client")).intValue());
    }

    private static void assertTouchTargetsAreLargeEnough() {
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) js("""
                return [...document.querySelectorAll(
                    '.site-nav a, .pagination a, .filter a, .language-link, .article-topics a, button, .site-name, summary,'
                    + ' .related-reading a, .article-translation a, .site-footer a, .skip-link, .a11y-option')]
                  .filter(el => el.offsetParent !== null)
                  .map(el => [el, el.getBoundingClientRect()])
                  .filter(([el, r]) => r.width < 44 || r.height < 44)
                  .map(([el, r]) => el.textContent.trim() + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));""");
        assertThat(small).as("targets smaller than 44x44 CSS px").isEmpty();
    }
}
