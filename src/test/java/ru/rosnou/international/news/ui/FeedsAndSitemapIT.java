package ru.rosnou.international.news.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import ru.rosnou.international.SampleArticles;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.reading.DocumentHead;
import ru.rosnou.international.news.domain.ArticleRepository;
import ru.rosnou.international.news.domain.TopicRepository;
import ru.rosnou.international.news.service.FeedEntry;
import ru.rosnou.international.news.service.NewsService;
import ru.rosnou.international.news.service.NewsSettings;
import ru.rosnou.international.news.service.SitemapPage;

/** What feed readers and search engines get: Atom feeds, the sitemap and robots.txt, read as they read them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FeedsAndSitemapIT {

    private static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    NewsService news;

    @Autowired
    DocumentHead head;

    @Autowired
    ArticleRepository articles;

    @Autowired
    TopicRepository topics;

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static SyndFeed parse(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        return new SyndFeedInput().build(new StringReader(response.body()));
    }

    @Test
    void eachLanguageHasAnAtomFeedOfItsNewestTwentyArticlesWithEveryField() throws Exception {
        HttpResponse<String> englishResponse = get("en/feed.atom");
        SyndFeed english = parse(englishResponse);
        assertThat(english.getFeedType()).isEqualTo("atom_1.0");
        assertThat(english.getTitle()).isEqualTo("RosNOU International — News");
        assertThat(Jsoup.parse(englishResponse.body(), "", Parser.xmlParser())
                        .selectFirst("feed")
                        .attr("xml:lang"))
                .isEqualTo("en");
        long published = news.list(
                        ru.rosnou.international.base.i18n.Language.EN,
                        ru.rosnou.international.news.service.NewsFilter.NONE,
                        1)
                .totalItems();
        assertThat(english.getEntries())
                .as("the newest %d of %d", FeedController.ENTRIES, published)
                .hasSize((int) Math.min(FeedController.ENTRIES, published));
        assertThat(english.getEntries())
                .extracting(e -> e.getPublishedDate().toInstant())
                .as("newest first")
                .isSortedAccordingTo(Comparator.reverseOrder());
        for (SyndEntry entry : english.getEntries()) {
            assertThat(entry.getUri()).startsWith(head.absolute("en/info-center/inform/"));
            assertThat(entry.getLink()).isEqualTo(entry.getUri());
            assertThat(entry.getTitle()).isNotBlank();
            assertThat(entry.getUpdatedDate()).isNotNull();
            assertThat(entry.getPublishedDate()).isNotNull();
            assertThat(entry.getDescription().getValue()).as("the lead").isNotBlank();
        }
        assertThat(english.getEntries())
                .anySatisfy(e -> assertThat(e.getCategories()).isNotEmpty());

        HttpResponse<String> russianResponse = get("feed.atom");
        SyndFeed russian = parse(russianResponse);
        assertThat(Jsoup.parse(russianResponse.body(), "", Parser.xmlParser())
                        .selectFirst("feed")
                        .attr("xml:lang"))
                .isEqualTo("ru");
        assertThat(russian.getEntries())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getUri()).startsWith(head.absolute("info-center/inform/")));
    }

    @Test
    void aTopicHasAFeedOfItsOwnAndAnUnknownTopicNone() throws Exception {
        SyndFeed association = parse(get("en/feed.atom?topic=association"));
        assertThat(association.getTitle()).startsWith("RosNOU International — News: ");
        assertThat(association.getEntries())
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.getCategories())
                        .extracting(SyndCategory::getName)
                        .contains("association"));
        assertThat(get("en/feed.atom?topic=no-such-topic").statusCode()).isEqualTo(404);
        assertThat(get("en/feed.atom?topic=%3Cscript%3E").statusCode()).isEqualTo(404);
    }

    @Test
    void everyPageTellsFeedReadersWhereItsFeedIs() throws Exception {
        Document english = Jsoup.parse(get("en/association").body());
        assertThat(english.select("link[rel=alternate][type=application/atom+xml]")
                        .attr("href"))
                .isEqualTo(head.absolute("en/feed.atom"));
        Document russian = Jsoup.parse(get(SampleArticles.SEED_RU_PATH).body());
        assertThat(russian.select("link[rel=alternate][type=application/atom+xml]")
                        .attr("href"))
                .isEqualTo(head.absolute("feed.atom"));
        // A topic's news list advertises the topic's feed too.
        Document topic = Jsoup.parse(get("en?topic=association").body());
        assertThat(topic.select("link[rel=alternate][type=application/atom+xml]")
                        .eachAttr("href"))
                .containsExactly(head.absolute("en/feed.atom"), head.absolute("en/feed.atom?topic=association"));
        assertThat(topic.select("link[href$=topic=association]").attr("title"))
                .isEqualTo("RosNOU International: Association of Japanese and Russian Universities (Atom feed)");
    }

    @Test
    void theSitemapListsEveryPublishedArticleAndPageWithItsTranslations() throws Exception {
        HttpResponse<String> response = get("sitemap.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        Document sitemap = Jsoup.parse(response.body(), "", Parser.xmlParser());
        List<String> locations = sitemap.select("url > loc").eachText();
        assertThat(locations)
                .hasSize(12 + news.sitemapArticles().size())
                .contains(
                        head.absolute(""),
                        head.absolute("en"),
                        head.absolute("en/association"),
                        head.absolute(SampleArticles.SEED_EN_PATH),
                        head.absolute(SampleArticles.SEED_RU_PATH))
                .doesNotHaveDuplicates();
        Element seed = sitemap.select("url").stream()
                .filter(url -> url.selectFirst("loc").text().equals(head.absolute(SampleArticles.SEED_EN_PATH)))
                .findFirst()
                .orElseThrow();
        assertThat(seed.selectFirst("lastmod").text()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(seed.select("xhtml|link[hreflang=ru]").attr("href"))
                .isEqualTo(head.absolute(SampleArticles.SEED_RU_PATH));
        assertThat(seed.select("xhtml|link[hreflang=en]").attr("href"))
                .isEqualTo(head.absolute(SampleArticles.SEED_EN_PATH));
        assertThat(response.body()).doesNotContain("/editor");
    }

    @Test
    void pastFiftyThousandAddressesTheSitemapIsAnIndexOfParts() throws Exception {
        SitemapController small = new SitemapController(news, head, 10);
        MockHttpServletResponse index = new MockHttpServletResponse();
        small.sitemap(null, new MockHttpServletRequest(), index);
        Document parts = Jsoup.parse(index.getContentAsString(), "", Parser.xmlParser());
        int expected = (12 + news.sitemapArticles().size() + 9) / 10;
        assertThat(parts.select("sitemapindex > sitemap > loc").eachText())
                .hasSize(expected)
                .startsWith(head.absolute("sitemap.xml?part=1"));
        MockHttpServletResponse first = new MockHttpServletResponse();
        small.sitemap(1, new MockHttpServletRequest(), first);
        assertThat(Jsoup.parse(first.getContentAsString(), "", Parser.xmlParser())
                        .select("url"))
                .hasSize(10);
        MockHttpServletResponse beyond = new MockHttpServletResponse();
        small.sitemap(expected + 1, new MockHttpServletRequest(), beyond);
        assertThat(beyond.getStatus()).isEqualTo(404);
    }

    /** A news service that counts how often the sitemap and the feeds read the articles. */
    private NewsService counting(AtomicInteger sitemapReads, AtomicInteger feedReads) {
        return new NewsService(articles, topics, new NewsSettings(6)) {
            @Override
            public List<SitemapPage> sitemapArticles() {
                sitemapReads.incrementAndGet();
                return super.sitemapArticles();
            }

            @Override
            public List<FeedEntry> feed(Language language, String topicSlug, int size) {
                feedReads.incrementAndGet();
                return super.feed(language, topicSlug, size);
            }
        };
    }

    private static MockHttpServletResponse sitemap(SitemapController controller, Integer part) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        controller.sitemap(part, new MockHttpServletRequest(), response);
        return response;
    }

    @Test
    void theSitemapIsDrawnOncePerChangeAndAPartBeyondTheCountReadsNoArticle() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        SitemapController small = new SitemapController(counting(reads, new AtomicInteger()), head, 10);
        int parts = (12 + news.sitemapArticles().size() + 9) / 10;

        assertThat(sitemap(small, parts + 1).getStatus()).isEqualTo(404);
        assertThat(sitemap(small, 1_000_000).getStatus()).isEqualTo(404);
        assertThat(reads).as("a part beyond the count is answered from a count").hasValue(0);

        String index = sitemap(small, null).getContentAsString();
        assertThat(sitemap(small, null).getContentAsString()).isEqualTo(index);
        assertThat(sitemap(small, 1).getStatus()).isEqualTo(200);
        assertThat(sitemap(small, parts).getStatus()).isEqualTo(200);
        assertThat(sitemap(small, parts + 1).getStatus()).isEqualTo(404);
        assertThat(reads).as("drawn once, then served as drawn").hasValue(1);

        small.contentChanged(new ru.rosnou.international.base.events.ChangedOnAnotherInstance());
        assertThat(sitemap(small, null).getContentAsString()).isEqualTo(index);
        assertThat(reads)
                .as("drawn anew after a change, here or on another instance")
                .hasValue(2);

        HttpResponse<byte[]> gzipped = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sitemap.xml"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(new String(
                        new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes(),
                        StandardCharsets.UTF_8))
                .isEqualTo(get("sitemap.xml").body())
                .contains(head.absolute(SampleArticles.SEED_EN_PATH));
    }

    @Test
    void eachFeedIsDrawnOncePerChange() {
        AtomicInteger reads = new AtomicInteger();
        FeedController feeds = new FeedController(counting(new AtomicInteger(), reads), head);
        MockHttpServletRequest english = new MockHttpServletRequest("GET", "/en/feed.atom");
        String first = feeds.feed(null, english).getBody();
        assertThat(feeds.feed(null, english).getBody()).isEqualTo(first);
        assertThat(feeds.feed(null, new MockHttpServletRequest("GET", "/feed.atom"))
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(feeds.feed("no-such-topic", english).getStatusCode().value()).isEqualTo(404);
        assertThat(reads).as("one read per language").hasValue(2);

        feeds.contentChanged(new ru.rosnou.international.news.service.NewsChanged());
        assertThat(feeds.feed(null, english).getBody()).isEqualTo(first);
        assertThat(reads).hasValue(3);
    }

    @Test
    void robotsTxtPointsToTheSitemapAndKeepsTheWorkspaceOut() throws Exception {
        HttpResponse<String> robots = get("robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(robots.body())
                .contains(
                        "User-agent: *",
                        "Disallow: /editor",
                        "Disallow: /en/editor",
                        "Sitemap: " + head.absolute("sitemap.xml"));
    }
}
