package ru.rosnou.international.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import ru.rosnou.international.questions.domain.Question;
import ru.rosnou.international.questions.domain.QuestionRepository;

/**
 * The question form as a browser without JavaScript uses it: a plain form posted to the server, which answers
 * with the form again (problems listed, everything typed kept) or leads to the confirmation. No session is made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QuestionFormIT {

    private static final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    QuestionRepository questions;

    @Test
    void anEmptyFormComesBackWithEveryProblemAndStoresNothing() throws Exception {
        long before = questions.count();
        Map<String, String> form = freshForm("en/ask");

        HttpResponse<String> answer = post("en/ask", form, "same-origin");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        Document page = Jsoup.parse(answer.body());
        assertThat(page.title()).startsWith("Error: Ask a question");
        assertThat(page.select("#ask-errors h2").text()).isEqualTo("Please correct the form: problems found: 5");
        assertThat(page.select("#ask-errors a").eachAttr("href"))
                .containsExactly(
                        "#ask-full-name", "#ask-email", "#ask-topic-academic-mobility", "#ask-text", "#ask-consent");
        assertThat(page.select("#ask-full-name").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#ask-full-name-error").text()).isEqualTo("Error: Enter your full name");
        assertThat(page.select("script[src*=VAADIN], script[type=module]"))
                .as("no Vaadin client")
                .isEmpty();
        assertThat(questions.count()).isEqualTo(before);
    }

    @Test
    void aCompleteFormIsStoredAndLeadsToItsConfirmation() throws Exception {
        Map<String, String> form = freshForm("ask");
        form.putAll(Map.of(
                "fullName",
                "Анна Петрова",
                "email",
                "anna@example.org",
                "topic",
                "INTERNSHIPS",
                "text",
                "Когда открывается\r\nнабор на стажировки?",
                "consent",
                "yes"));

        HttpResponse<String> answer = post("ask", form, "same-origin");

        assertThat(answer.statusCode()).isEqualTo(303);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/ask/sent\\?reference=Q-\\d{4}-\\d{5}");
        String reference = location.substring(location.indexOf('=') + 1);
        Question stored = questions.findByReference(reference).orElseThrow();
        assertThat(stored.getFullName()).isEqualTo("Анна Петрова");
        assertThat(stored.getText()).isEqualTo("Когда открывается\nнабор на стажировки?");
        assertThat(stored.getLanguage()).isEqualTo(ru.rosnou.international.base.i18n.Language.RU);

        HttpResponse<String> confirmation = get(location.substring(1));
        assertThat(confirmation.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(confirmation.body());
        assertThat(page.select("main h1").text()).isEqualTo("Спасибо, ваш вопрос отправлен");
        assertThat(page.select("#ask-reference").text()).isEqualTo(reference);
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }

    @Test
    void whatAVisitorTypedComesBackAsTextNeverAsMarkup() throws Exception {
        Map<String, String> form = freshForm("en/ask");
        form.put("fullName", "\"><script>alert(1)</script>");
        form.put("text", "</textarea><img src=x onerror=alert(2)>");

        Document page = Jsoup.parse(post("en/ask", form, "same-origin").body());

        assertThat(page.select("main script, main img[onerror]")).isEmpty();
        assertThat(page.select("#ask-full-name").attr("value")).isEqualTo("\"><script>alert(1)</script>");
        assertThat(page.select("#ask-text").text()).isEqualTo("</textarea><img src=x onerror=alert(2)>");
    }

    @Test
    void aFormWithAForgedOrMissingTimeIsRefusedAndKeepsWhatWasTyped() throws Exception {
        long before = questions.count();
        Map<String, String> form = new LinkedHashMap<>(Map.of(
                "shown",
                "1.forged",
                "fullName",
                "Robot",
                "email",
                "robot@example.org",
                "topic",
                "OTHER",
                "text",
                "Buy now",
                "consent",
                "yes"));

        Document page = Jsoup.parse(post("en/ask", form, "same-origin").body());

        assertThat(page.select("#ask-errors h2").text()).isEqualTo("The question was not sent");
        assertThat(page.select("#ask-errors p").text()).startsWith("The form was sent too quickly");
        assertThat(page.select("#ask-full-name").attr("value")).isEqualTo("Robot");
        assertThat(page.select("#ask-topic-other").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=shown]").attr("value"))
                .as("a new time to send it with")
                .isNotEqualTo("1.forged");
        assertThat(questions.count()).isEqualTo(before);
    }

    @Test
    void formsSentFromOtherSitesAreRefused() throws Exception {
        Map<String, String> form = freshForm("en/ask");
        form.putAll(Map.of(
                "fullName", "Anna", "email", "anna@example.org", "topic", "OTHER", "text", "Hi", "consent", "yes"));

        assertThat(post("en/ask", form, "cross-site").statusCode()).isEqualTo(403);
    }

    /** The hidden fields of the form as a page shows it. */
    private Map<String, String> freshForm(String path) throws Exception {
        Document page = Jsoup.parse(get(path).body());
        assertThat(page.select("form#ask-form").attr("action")).isEqualTo("/" + path);
        assertThat(page.select("form#ask-form").attr("method")).isEqualTo("post");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("shown", page.select("input[name=shown]").attr("value"));
        // The form's time must be at least the minimum fill time ago (none in the test profile).
        return form;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String fetchSite) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Sec-Fetch-Site", fetchSite)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }
}
