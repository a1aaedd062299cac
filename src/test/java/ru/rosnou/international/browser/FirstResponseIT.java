package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import ru.rosnou.international.SampleArticles;
import ru.rosnou.international.base.events.ChangedOnAnotherInstance;
import ru.rosnou.international.base.events.ChangesAcrossInstances;
import ru.rosnou.international.base.web.QuickAnswers;

/**
 * What a client that runs no script receives (a search engine, VK's and Telegram's link previews, a reader with
 * JavaScript off): the whole page and its metadata in the first HTML response, and no session on the server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FirstResponseIT {

    private static final String BASE = "http://localhost:8080";
    private static final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    QuickAnswers quick;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ChangesAcrossInstances changes;

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("en", "en", "News", "News found: ", "website", "", "en_GB"),
                Arguments.of("", "ru", "Новости", "Найдено новостей: ", "website", "en", "ru_RU"),
                Arguments.of(
                        "en?topic=association&page=2",
                        "en",
                        "News",
                        "News found: ",
                        "website",
                        "?topic=association",
                        "en_GB"),
                Arguments.of(
                        SampleArticles.SEED_EN_PATH,
                        "en",
                        SampleArticles.SEED_EN_TITLE,
                        "RosNOU is the only private university",
                        "article",
                        SampleArticles.SEED_RU_PATH,
                        "en_GB"),
                Arguments.of(
                        SampleArticles.SEED_RU_PATH,
                        "ru",
                        SampleArticles.SEED_RU_TITLE,
                        "РосНОУ — единственный негосударственный вуз",
                        "article",
                        SampleArticles.SEED_EN_PATH,
                        "ru_RU"),
                Arguments.of(
                        "en/association",
                        "en",
                        "Association of Japanese and Russian Universities",
                        "Sapporo",
                        "website",
                        "association",
                        "en_GB"),
                Arguments.of(
                        "association",
                        "ru",
                        "Ассоциация японских и российских университетов",
                        "Саппоро",
                        "website",
                        "en/association",
                        "ru_RU"),
                Arguments.of("en/faq", "en", "Frequently asked questions", "Ask a question", "website", "faq", "en_GB"),
                Arguments.of("faq", "ru", "Часто задаваемые вопросы", "Задайте вопрос", "website", "en/faq", "ru_RU"),
                Arguments.of("en/privacy", "en", "Personal data policy", "152-FZ", "website", "privacy", "en_GB"),
                Arguments.of(
                        "privacy",
                        "ru",
                        "Политика обработки персональных данных",
                        "152-ФЗ",
                        "website",
                        "en/privacy",
                        "ru_RU"),
                Arguments.of("en/ask", "en", "Ask a question", "All fields are required.", "website", "ask", "en_GB"),
                Arguments.of("ask", "ru", "Задать вопрос", "Все поля обязательны", "website", "en/ask", "ru_RU"),
                Arguments.of(
                        "en/accessibility",
                        "en",
                        "Accessibility statement",
                        "WCAG 2.2",
                        "website",
                        "accessibility",
                        "en_GB"),
                Arguments.of(
                        "accessibility",
                        "ru",
                        "Заявление о доступности",
                        "ГОСТ Р 52872-2019",
                        "website",
                        "en/accessibility",
                        "ru_RU"));
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("pages")
    void theFirstResponseCarriesTheWholePageAndItsMetadata(
            String path, String language, String h1, String content, String type, String translation, String locale)
            throws Exception {
        HttpResponse<String> response = get(path);
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie"))
                .as("no session is made for a reader")
                .isEmpty();
        assertThat(page.select("html").attr("lang")).isEqualTo(language);
        assertThat(page.select("main h1")).hasSize(1);
        assertThat(page.select("main h1").text()).isEqualTo(h1);
        assertThat(page.select("main").text()).contains(content);
        assertThat(page.select("header .site-name-title").text()).isNotBlank();
        assertThat(page.select("footer").text()).contains(language.equals("en") ? "Contacts" : "Контакты");
        assertThat(page.title()).startsWith(h1.equals("News") || h1.equals("Новости") ? h1 : h1 + " — ");
        assertThat(page.select("meta[name=description]").attr("content")).isNotBlank();
        String canonical = page.select("link[rel=canonical]").attr("href");
        assertThat(canonical).isEqualTo(BASE + "/" + path);
        assertThat(page.select("link[rel=alternate][hreflang=" + language + "]").attr("href"))
                .isEqualTo(canonical);
        String other = language.equals("en") ? "ru" : "en";
        assertThat(page.select("link[rel=alternate][hreflang=" + other + "]").attr("href"))
                .isEqualTo(BASE + "/" + translation);
        assertThat(page.select("link[rel=alternate][hreflang=x-default]").attr("href"))
                .isEqualTo(language.equals("ru") ? canonical : BASE + "/" + translation);
        assertThat(meta(page, "og:type")).isEqualTo(type);
        assertThat(meta(page, "og:title"))
                .isEqualTo(
                        h1.equals("News") || h1.equals("Новости")
                                ? page.title().substring(0, page.title().indexOf(" — "))
                                : h1);
        assertThat(meta(page, "og:url")).isEqualTo(canonical);
        assertThat(meta(page, "og:description")).isNotBlank();
        assertThat(meta(page, "og:locale")).isEqualTo(locale);
        assertThat(meta(page, "og:locale:alternate")).isEqualTo(locale.equals("en_GB") ? "ru_RU" : "en_GB");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isIn("summary", "summary_large_image");
        assertThat(page.select("script[src*=VAADIN], script[type=module]"))
                .as("no Vaadin client")
                .isEmpty();
    }

    @Test
    void anArticleDescribesItselfAsANewsArticleInJsonLd() throws Exception {
        Document page = Jsoup.parse(get(SampleArticles.SEED_EN_PATH).body());

        assertThat(meta(page, "article:published_time")).isEqualTo("2020-09-25T00:00:00+03:00");
        assertThat(page.select("meta[property=article:tag]").eachAttr("content"))
                .contains("Association of Japanese and Russian Universities", "Japan");
        JsonNode news = new ObjectMapper()
                .readTree(
                        page.select("script[type=application/ld+json]").first().data());
        assertThat(news.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(news.path("@type").asText()).isEqualTo("NewsArticle");
        assertThat(news.path("headline").asText()).isEqualTo(SampleArticles.SEED_EN_TITLE);
        assertThat(news.path("datePublished").asText()).isEqualTo("2020-09-25T00:00:00+03:00");
        assertThat(news.path("dateModified").asText()).isNotBlank();
        assertThat(news.path("inLanguage").asText()).isEqualTo("en");
        assertThat(news.path("publisher").path("@type").asText()).isEqualTo("Organization");
        assertThat(news.path("publisher").path("name").asText()).isEqualTo("Russian New University");
        assertThat(news.path("mainEntityOfPage").path("@id").asText())
                .isEqualTo(BASE + "/" + SampleArticles.SEED_EN_PATH);
    }

    @Test
    void anArticleWithAPictureOffersItToPreviews() throws Exception {
        Document page = Jsoup.parse(get("en/info-center/inform/v-rosnou-otkrylsya-tsentr-stran-tikhookeanskogo-regiona")
                .body());

        assertThat(meta(page, "og:image")).isEqualTo(BASE + "/images/news/pacific-rim-center.svg");
        assertThat(meta(page, "og:image:alt")).isNotBlank();
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        JsonNode news = new ObjectMapper()
                .readTree(
                        page.select("script[type=application/ld+json]").first().data());
        assertThat(news.path("image").get(0).asText()).isEqualTo(BASE + "/images/news/pacific-rim-center.svg");
    }

    @Test
    void unknownAddressesAnswerNotFoundWithAReadablePageThatSearchEnginesSkip() throws Exception {
        for (String path : List.of(
                "en/info-center/inform/no-such-news",
                "info-center/inform/no-such-news",
                "no/such/page",
                "en/no-such-page")) {
            HttpResponse<String> response = get(path);
            Document page = Jsoup.parse(response.body());

            assertThat(response.statusCode()).as("/%s", path).isEqualTo(404);
            assertThat(page.select("main h1").text()).isIn("Page not found", "Страница не найдена");
            assertThat(page.select("main a").attr("href")).isIn("/", "/en");
            assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
            assertThat(page.select("link[rel=canonical]")).isEmpty();
        }
    }

    @Test
    void linksAreRealAddressesAndTheSkipLinkPointsIntoThePage() throws Exception {
        Document page = Jsoup.parse(get("en?topic=association").body());

        assertThat(page.select("base")).isEmpty();
        assertThat(page.select("a.skip-link").attr("href"))
                .as("this page's own address and the fragment")
                .isEqualTo("/en?topic=association#main-content");
        assertThat(page.select("main#main-content")).hasSize(1);
        assertThat(page.select("#filter-years a").eachAttr("href"))
                .contains("/en?topic=association", "/en?year=2019&topic=association");
        assertThat(page.select(".pagination a").eachAttr("href")).contains("/en?topic=association&page=2");
        assertThat(page.select("a[href]").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).matches("^(/|#|https://).*"));
    }

    @org.springframework.beans.factory.annotation.Autowired
    ru.rosnou.international.news.service.NewsEditorService editor;

    @org.springframework.beans.factory.annotation.Autowired
    ru.rosnou.international.social.service.SocialProfileService social;

    @Test
    void aPageServedAgainShowsWhatEditorsChangedAtOnce() throws Exception {
        assertThat(get("en").body()).doesNotContain("Cache test story");

        ru.rosnou.international.news.service.ArticleDraft draft =
                new ru.rosnou.international.news.service.ArticleDraft();
        draft.setLanguage(ru.rosnou.international.base.i18n.Language.EN);
        draft.setSlug("cache-test-story");
        draft.setTitle("Cache test story");
        draft.setPublishedOn(LocalDate.of(2031, 1, 1));
        draft.setLead("Lead");
        draft.setBody("<p>Body</p>");
        draft.setPublished(true);
        long id = editor.save(draft).id();
        try {
            assertThat(get("en").body()).contains("Cache test story");
            assertThat(social.add(
                                    ru.rosnou.international.social.domain.SocialNetwork.values()[0],
                                    "https://example.org/cache-test",
                                    "Cache test profile")
                            .isEmpty())
                    .isTrue();
            assertThat(get("en").body()).contains("Cache test profile");
        } finally {
            editor.delete(id);
            social.editableProfiles().stream()
                    .filter(p -> p.accessibleName().equals("Cache test profile"))
                    .forEach(p -> social.delete(p.id()));
        }
        assertThat(get("en").body()).doesNotContain("Cache test story").doesNotContain("Cache test profile");
    }

    @Test
    void pagesAreSentCompressedToClientsThatAcceptIt() throws Exception {
        HttpResponse<byte[]> zipped = http.send(
                HttpRequest.newBuilder(uri("en/association"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String html = new String(
                new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(html).isEqualTo(get("en/association").body());
        assertThat(zipped.body().length).isLessThan(html.length() / 3);
    }

    @Test
    void anUnchangedPageIsNotSentAgain() throws Exception {
        HttpResponse<String> first = get("en/association");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = http.send(
                HttpRequest.newBuilder(uri("en/association"))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(first.headers().firstValue("Vary").orElse("")).containsIgnoringCase("Cookie");
    }

    @Test
    void theToolbarWorksAsAPlainFormAndTheNextPageIsDrawnInTheNewSettings() throws Exception {
        Document closed = Jsoup.parse(get(SampleArticles.SEED_EN_PATH).body());
        assertThat(closed.select("#a11y-panel").hasAttr("hidden")).isTrue();
        assertThat(closed.select("#a11y-entry").attr("aria-controls")).isEqualTo("a11y-panel");

        Document open =
                Jsoup.parse(get(SampleArticles.SEED_EN_PATH + "?a11y=open").body());
        assertThat(open.select("#a11y-panel").hasAttr("hidden")).isFalse();
        assertThat(open.select("#a11y-panel form").attr("action")).isEqualTo("/a11y");
        assertThat(open.select("#a11y-font-scale-100").hasAttr("checked")).isTrue();

        HttpResponse<String> saved = post(
                "action=apply&back=" + enc("/" + SampleArticles.SEED_EN_PATH)
                        + "&a11y-font-scale=150&a11y-scheme=white-on-black",
                "same-origin");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location").orElseThrow())
                .isEqualTo("/" + SampleArticles.SEED_EN_PATH + "?a11y=open#a11y-panel");
        String cookie = saved.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("a11y=").contains("SameSite=Lax").contains("HttpOnly");

        Document after = Jsoup.parse(http.send(
                        HttpRequest.newBuilder(uri(SampleArticles.SEED_EN_PATH))
                                .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        assertThat(after.select("html").attr("data-font-scale")).isEqualTo("150");
        assertThat(after.select("html").attr("data-scheme")).isEqualTo("white-on-black");
        assertThat(after.select("#a11y-font-scale-150").hasAttr("checked")).isTrue();
        assertThat(after.select("#a11y-font-scale-100").hasAttr("checked")).isFalse();
        // The defaults chosen on purpose are drawn as such, not as the page of a reader who chose nothing.
        Document noChoice = Jsoup.parse(get(SampleArticles.SEED_EN_PATH).body());
        assertThat(noChoice.select("html").hasAttr("data-scheme")).isFalse();
        Document chosenDefaults = Jsoup.parse(http.send(
                        HttpRequest.newBuilder(uri(SampleArticles.SEED_EN_PATH))
                                .header("Cookie", "a11y=v1|fs:100|ls:normal|lh:1.5|ff:sans|cs:default|im:show|on:1")
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        assertThat(chosenDefaults.select("html").attr("data-scheme")).isEqualTo("default");
        // Pages are kept as drawn for each way of reading: one reader's settings never reach another.
        Document someoneElse = Jsoup.parse(get(SampleArticles.SEED_EN_PATH).body());
        assertThat(someoneElse.select("html").attr("data-font-scale")).isNotEqualTo("150");
        assertThat(someoneElse.select("#a11y-font-scale-100").hasAttr("checked"))
                .isTrue();
    }

    @Test
    void theToolbarFormRefusesOtherSitesAndNeverLeadsAway() throws Exception {
        assertThat(post("action=apply&back=%2Fen&a11y-font-scale=200", "cross-site")
                        .statusCode())
                .isEqualTo(403);

        for (String away : List.of("https://evil.example/", "//evil.example/", "/\\evil.example")) {
            HttpResponse<String> response = post("action=close&back=" + enc(away), "same-origin");
            if (response.statusCode() == 400) {
                // An address that is not even a URI ("/\\evil.example") is refused outright: it leads nowhere.
                assertThat(response.headers().firstValue("Location")).as(away).isEmpty();
                continue;
            }
            assertThat(response.headers().firstValue("Location").orElseThrow())
                    .as(away)
                    .isEqualTo("/");
        }
    }

    @Test
    void theReaderScriptGetsEachChoiceAppliedAndWordedForTheLiveRegion() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("a11y"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/json")
                        .header("Sec-Fetch-Site", "same-origin")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "action=choose&setting=font-scale&value=175&back=%2Fen"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        JsonNode applied = new ObjectMapper().readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(applied.path("attributes").path("data-font-scale").asText()).isEqualTo("175");
        assertThat(applied.path("checked").path("font-scale").asText()).isEqualTo("175");
        assertThat(applied.path("message").asText()).isEqualTo("Font size 175%");
        assertThat(response.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("a11y=");
    }

    @Test
    void stylesAndScriptAreCachedForAYearUnderNamesThatChangeWithTheirContent() throws Exception {
        Document page = Jsoup.parse(get("en").body());
        String css = page.select("link[rel=stylesheet]").attr("href");
        String script = page.select("script[src]").attr("src");
        assertThat(css).matches("/assets/site-[0-9a-f]{12}\\.css");
        assertThat(script).matches("/assets/reader-[0-9a-f]{12}\\.js");
        assertThat(page.select("script[src]").hasAttr("defer"))
                .as("no script blocks the page")
                .isTrue();

        HttpResponse<byte[]> styles = http.send(
                HttpRequest.newBuilder(uri(css.substring(1)))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(styles.statusCode()).isEqualTo(200);
        assertThat(styles.headers().firstValue("Cache-Control").orElse(""))
                .contains("max-age=31536000")
                .contains("immutable");
        assertThat(styles.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(get("assets/site-000000000000.css").statusCode()).isEqualTo(404);
    }

    @Test
    void theSiteIconAnswersWhereBrowsersLookAndEveryPageLinksIt() throws Exception {
        for (String fixed : List.of("favicon.ico", "apple-touch-icon.png")) {
            HttpResponse<byte[]> icon =
                    http.send(HttpRequest.newBuilder(uri(fixed)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(icon.statusCode()).as(fixed).isEqualTo(200);
            assertThat(icon.headers().firstValue("Content-Type").orElse(""))
                    .as(fixed)
                    .startsWith("image/");
            assertThat(icon.headers().firstValue("Cache-Control").orElse(""))
                    .as(fixed)
                    .contains("max-age=2592000");
            assertThat(icon.body().length).as(fixed).isGreaterThan(100);
        }
        // Reading pages that arrive complete (the editors' sign-in among them), and a live Vaadin page (the
        // workspace's frame, which a signed-out visitor gets before being sent to sign in).
        for (String path : List.of(SampleArticles.SEED_EN_PATH, "en", "editor/login", "en/editor")) {
            Document page = Jsoup.parse(get(path).body());
            List<String> icons =
                    page.select("link[rel=icon], link[rel=apple-touch-icon]").eachAttr("href");
            assertThat(icons).as(path).hasSize(3);
            for (String href : icons) {
                String address = href.startsWith("/") ? href.substring(1) : href;
                HttpResponse<byte[]> icon = http.send(
                        HttpRequest.newBuilder(uri(address)).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(icon.statusCode()).as(path + " links " + href).isEqualTo(200);
                assertThat(icon.headers().firstValue("Content-Type").orElse(""))
                        .as(href)
                        .startsWith("image/");
                assertThat(icon.headers().firstValue("Cache-Control").orElse(""))
                        .as(href)
                        .contains("max-age=31536000")
                        .contains("immutable");
            }
        }
    }

    @Test
    void aKeptPageIsSentQuicklyWithTheSameBytesAndHeadersAsWhenItWasDrawn() throws Exception {
        String cookie = "a11y=v1|fs:175|ls:large|lh:2|ff:serif|cs:black-on-cream|im:hide|on:1";
        List<List<String>> variants = List.of(
                List.of(),
                List.of("Cookie", cookie),
                List.of("Accept-Encoding", "gzip"),
                List.of("X-Forwarded-Proto", "https"));
        for (List<String> headers : variants) {
            // Pages are drawn anew after a change (the change of another instance: ours would also be seen again
            // as another's a second later); what has changed before is taken in first.
            changes.lookForChanges();
            events.publishEvent(new ChangedOnAnotherInstance());
            long quickBefore = quick.answered();
            HttpResponse<byte[]> drawn = send(SampleArticles.SEED_EN_PATH, headers);
            assertThat(quick.answered()).as("drawn the long way").isEqualTo(quickBefore);
            HttpResponse<byte[]> kept = send(SampleArticles.SEED_EN_PATH, headers);
            assertThat(quick.answered()).as("kept, sent quickly").isEqualTo(quickBefore + 1);
            assertThat(kept.statusCode()).isEqualTo(200);
            assertThat(kept.body()).as("%s", headers).isEqualTo(drawn.body());
            assertThat(withoutDate(kept)).as("%s", headers).isEqualTo(withoutDate(drawn));
            assertThat(kept.headers().firstValue("Set-Cookie")).isEmpty();

            List<String> revalidation = new ArrayList<>(headers);
            revalidation.addAll(
                    List.of("If-None-Match", kept.headers().firstValue("ETag").orElseThrow()));
            HttpResponse<byte[]> unchangedLongWay = send(SampleArticles.SEED_EN_PATH, withSessionCookie(revalidation));
            HttpResponse<byte[]> unchanged = send(SampleArticles.SEED_EN_PATH, revalidation);
            assertThat(quick.answered()).isEqualTo(quickBefore + 2);
            assertThat(unchanged.statusCode()).isEqualTo(304);
            assertThat(withoutDate(unchanged)).isEqualTo(withoutDate(unchangedLongWay));
        }
        assertThat(send(SampleArticles.SEED_EN_PATH, List.of()).headers().firstValue("Strict-Transport-Security"))
                .as("HSTS on HTTPS only")
                .isEmpty();

        // The stylesheet, as a file that is not changed, compared with the same request made the long way.
        String css = Jsoup.parse(get("en").body())
                .select("link[rel=stylesheet]")
                .attr("href")
                .substring(1);
        for (List<String> headers : List.of(List.<String>of(), List.of("Accept-Encoding", "gzip"))) {
            // The first file asked for goes the long way, and tells which headers the filters add to files.
            send(css, headers);
            long quickBefore = quick.answered();
            HttpResponse<byte[]> longWay = send(css, withSessionCookie(headers));
            HttpResponse<byte[]> quickly = send(css, headers);
            assertThat(quick.answered()).isEqualTo(quickBefore + 1);
            assertThat(quickly.statusCode()).isEqualTo(200);
            assertThat(quickly.body()).isEqualTo(longWay.body());
            assertThat(withoutDate(quickly)).as("%s", headers).isEqualTo(withoutDate(longWay));
        }
    }

    /** The same request as a visitor with a session (an editor) makes it: never answered quickly. */
    private static List<String> withSessionCookie(List<String> headers) {
        List<String> withSession = new ArrayList<>();
        boolean cookie = false;
        for (int i = 0; i < headers.size(); i += 2) {
            String value = headers.get(i + 1);
            if (headers.get(i).equals("Cookie")) {
                value += "; JSESSIONID=0123456789ABCDEF";
                cookie = true;
            }
            withSession.addAll(List.of(headers.get(i), value));
        }
        if (!cookie) {
            withSession.addAll(List.of("Cookie", "JSESSIONID=0123456789ABCDEF"));
        }
        return withSession;
    }

    private HttpResponse<byte[]> send(String path, List<String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, List<String>> withoutDate(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }

    @Test
    void everyPageIsDrawnInTheReadersSettingsAlsoWhenTheCollectorRunsMeanwhile() throws Exception {
        // Vaadin holds the current request weakly: a collection during the drawing once lost the settings.
        AtomicBoolean drawing = new AtomicBoolean(true);
        Thread collector = new Thread(() -> {
            while (drawing.get()) {
                System.gc();
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        collector.start();
        try {
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> page = http.send(
                        HttpRequest.newBuilder(uri("en/association?drawn=" + i))
                                .header(
                                        "Cookie",
                                        "a11y=v1|fs:150|ls:normal|lh:1.5|ff:sans|cs:white-on-black|im:show|on:1")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(Jsoup.parse(page.body()).selectFirst("html").attr("data-scheme"))
                        .as("page %d", i)
                        .isEqualTo("white-on-black");
            }
        } finally {
            drawing.set(false);
            collector.join();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String form, String fetchSite) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("a11y"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Sec-Fetch-Site", fetchSite)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String meta(Document page, String property) {
        return page.select("meta[property=" + property + "]").attr("content");
    }
}
