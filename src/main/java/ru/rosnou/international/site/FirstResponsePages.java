package ru.rosnou.international.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.ref.Reference;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.rosnou.international.accessibility.domain.ReadingSettings;
import ru.rosnou.international.accessibility.ui.SettingsCookie;
import ru.rosnou.international.base.events.ContentChanged;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.DocumentHead;
import ru.rosnou.international.base.ui.FreshPages;
import ru.rosnou.international.base.ui.PageAddress;
import ru.rosnou.international.base.ui.PageMetadata;
import ru.rosnou.international.base.ui.ReadingView;
import ru.rosnou.international.base.ui.ReadsQuery;
import ru.rosnou.international.base.ui.StaticHtml;
import ru.rosnou.international.base.web.QuickAnswers;
import ru.rosnou.international.base.web.SecurityHeaders;
import ru.rosnou.international.base.web.StaticAssets;
import ru.rosnou.international.base.web.UnavailablePage;
import ru.rosnou.international.news.search.service.SearchUnavailable;

/**
 * Serves the reading pages (news list, articles, the Association, FAQ, privacy, not found) complete in their first
 * HTML response, drawn by the same views and layout that Vaadin's router shows live, with their metadata in the
 * head. The page loads no Vaadin client and the server keeps nothing of it: no session, no UI. A small script
 * ({@code reader.js}) makes the accessibility toolbar instant and runs Listen and "Show image"; without it every
 * link, filter, page and the toolbar's form still work. Pages with live parts (the question form, the editors'
 * workspace) are left to Vaadin, as is anything that fails to render here.
 */
@org.springframework.stereotype.Component
// Reading pages never ask for a session, so the session limit (which refuses only new sessions) never refuses them.
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10)
public class FirstResponsePages extends OncePerRequestFilter
        implements VaadinServiceInitListener, FreshPages, QuickAnswers.Source {

    /** The kind of answer a reading page is, to {@link QuickAnswers}. */
    static final String PAGE = "page";

    private static final Logger log = LoggerFactory.getLogger(FirstResponsePages.class);
    /** Addresses that are Vaadin's or files, never pages. */
    private static final List<String> NOT_PAGES = List.of(
            "VAADIN/",
            "frontend/",
            "assets/",
            "media/",
            "images/",
            "vaadinServlet/",
            "HEARTBEAT",
            "a11y",
            "editor",
            "logout",
            "actuator/");

    private static final QueryParameters NO_QUERY = QueryParameters.empty();

    private final DocumentHead head;
    private final StaticAssets assets;
    private final MeterRegistry metrics;
    private final Map<String, Counter> keptCounters = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile VaadinService service;
    /**
     * Pages as drawn, by address and reading settings, so that a popular article is drawn once, not for every
     * reader. Bounded by size and lifetime; cleared when content changes here (see {@link #contentChanged}); the
     * lifetime bounds how long another instance of the site may show a page from before a change.
     */
    private final Cache<PageKey, Rendered> pages;
    /** Counts content changes, so that a page drawn before one is not cached after it. */
    private final AtomicLong contentVersion = new AtomicLong();

    /**
     * @param pageLifetime how long a drawn page is served again ({@code app.pages.cache-lifetime}); zero draws
     *                     every page anew, as the scale benchmark does to measure the drawing itself
     */
    public FirstResponsePages(
            DocumentHead head,
            StaticAssets assets,
            MeterRegistry metrics,
            @Value("${app.pages.cache-lifetime:30s}") Duration pageLifetime) {
        this.head = head;
        this.assets = assets;
        this.metrics = metrics;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(pageLifetime.isZero() ? 0 : 32L * 1024 * 1024)
                .weigher((PageKey key, Rendered page) -> page.html().length)
                .expireAfterWrite(pageLifetime.isZero() ? Duration.ofNanos(1) : pageLifetime)
                .build();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        service = event.getSource();
    }

    /** Something readers see has changed: pages drawn before are not served again. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    public void contentChanged(ContentChanged change) {
        contentVersion.incrementAndGet();
        pages.invalidateAll();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return service == null
                || !(method.equals("GET") || method.equals("HEAD"))
                || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path;
        try {
            path = sitePath(request);
        } catch (IllegalArgumentException malformed) {
            // Never the live page (a session, the looser CSP) for an address that cannot be read.
            UnavailablePage.sendBadRequest(request, response);
            return;
        }
        Optional<ReadingPage> page = readingPage(path);
        if (page.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        QueryParameters query;
        try {
            query = readQuery(request, page.get().view());
        } catch (IllegalArgumentException malformed) {
            UnavailablePage.sendBadRequest(request, response);
            return;
        }
        // The settings as understood, not the cookie as sent: a page is the same for every way of writing them.
        // All of them, "chosen" included: the defaults chosen on purpose are drawn otherwise than no choice at all.
        // The query as the view reads it: made-up parameters neither draw the page anew nor get into the kept one.
        PageKey key = new PageKey(path, query.getQueryString(), SettingsCookie.read(request));
        Rendered rendered;
        try {
            rendered = keptOrDrawn(key, page.get(), path, query, request);
        } catch (DataAccessException | TransactionException | PersistenceException databaseFailure) {
            // Without its database the site has nothing true to show: say so (503, try again), never an empty
            // news list that looks like a site without news, and let the balancer's readiness check see it too.
            log.error("Could not draw /{}: the database failed: {}", path, databaseFailure.toString());
            sendUnavailable(request, response);
            return;
        } catch (SearchUnavailable searchFailure) {
            // Only the search page needs the index: it says so (503, try again), the reading pages go on.
            log.warn(
                    "Could not draw /{}: {}",
                    path,
                    searchFailure.getMessage().lines().findFirst().orElse(""));
            sendSearchUnavailable(request, response);
            return;
        } catch (RuntimeException e) {
            // The live page still works: leave this one to Vaadin rather than show a broken one.
            log.warn("Could not draw /{} into the first response, leaving it to Vaadin: {}", path, e.toString());
            chain.doFilter(request, response);
            return;
        }
        send(rendered, request, response);
    }

    @Override
    public String kind() {
        return PAGE;
    }

    /**
     * Sends the page kept for the request's address and settings, if there is one, before any other filter (see
     * {@link QuickAnswers}): the same bytes and headers as {@link #doFilterInternal} would send.
     */
    @Override
    public boolean answer(HttpServletRequest request, HttpServletResponse response, QuickAnswers quick)
            throws IOException {
        if (service == null || shouldNotFilter(request)) {
            return false;
        }
        Rendered kept;
        String view;
        try {
            String path = sitePath(request);
            Optional<ReadingPage> page = readingPage(path);
            if (page.isEmpty()) {
                return false;
            }
            QueryParameters query = readQuery(request, page.get().view());
            kept = pages.getIfPresent(new PageKey(path, query.getQueryString(), SettingsCookie.read(request)));
            view = page.get().view().getSimpleName();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        if (kept == null) {
            return false;
        }
        keptCounter(view).increment();
        quick.writeChainHeaders(PAGE, request, response);
        send(kept, request, response);
        return true;
    }

    /** Counts the pages of a view sent as kept ({@code rosnou.pages.kept}), without a lookup in the registry. */
    private Counter keptCounter(String view) {
        return keptCounters.computeIfAbsent(view, name -> metrics.counter("rosnou.pages.kept", "view", name));
    }

    /** The page as kept for the same address and settings, or drawn now (and kept when it may be). */
    private Rendered keptOrDrawn(
            PageKey key, ReadingPage page, String path, QueryParameters query, HttpServletRequest request) {
        String view = page.view().getSimpleName();
        Rendered kept = pages.getIfPresent(key);
        if (kept != null) {
            keptCounter(view).increment();
            return kept;
        }
        long version = contentVersion.get();
        Timer.Sample drawing = Timer.start(metrics);
        Rendered rendered = render(page, path, query, request);
        drawing.stop(metrics.timer("rosnou.pages.drawn", "view", view));
        // Not found pages are not kept: any address can be asked for.
        if (rendered.status() == HttpServletResponse.SC_OK
                && rendered.sameForEveryReader()
                && version == contentVersion.get()) {
            pages.put(key, rendered);
        }
        return rendered;
    }

    private static void sendUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean english = UnavailablePage.english(request);
        UnavailablePage.send(
                request,
                response,
                30,
                english ? "The site is temporarily unavailable" : "Сайт временно недоступен",
                english
                        ? "The news cannot be read right now. Please try again in a minute."
                        : "Новости сейчас не открываются. Попробуйте ещё раз через минуту.",
                english ? "Try the news again" : "Открыть новости ещё раз");
    }

    private void sendSearchUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        java.util.Locale locale = (UnavailablePage.english(request) ? Language.EN : Language.RU).locale();
        com.vaadin.flow.i18n.I18NProvider translations =
                service.getInstantiator().getI18NProvider();
        UnavailablePage.send(
                request,
                response,
                30,
                translations.getTranslation("search.unavailable.title", locale),
                translations.getTranslation("search.unavailable.text", locale),
                translations.getTranslation("search.unavailable.link", locale));
    }

    /**
     * Draws the reading page at the request's address now, neither from nor into the kept pages: for the answer
     * to a form posted to that address, which its view finds in the request's attributes.
     */
    @Override
    public void drawFresh(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = sitePath(request);
        ReadingPage page = readingPage(path)
                .orElseThrow(() -> new IllegalArgumentException("/" + path + " is not a reading page"));
        QueryParameters query;
        try {
            query = readQuery(request, page.view());
        } catch (IllegalArgumentException malformed) {
            UnavailablePage.sendBadRequest(request, response);
            return;
        }
        send(render(page, path, query, request), request, response);
    }

    /** The reading view for the path, the not-found page for an unknown one, or empty for everything else. */
    private Optional<ReadingPage> readingPage(String path) {
        if (NOT_PAGES.stream().anyMatch(path::startsWith)) {
            return Optional.empty();
        }
        NavigationRouteTarget target = service.getRouter().getRegistry().getNavigationRouteTarget(path);
        if (target.hasTarget()) {
            Class<? extends Component> view = target.getRouteTarget().getTarget();
            return ReadingView.class.isAssignableFrom(view)
                    ? Optional.of(new ReadingPage(view.asSubclass(ReadingView.class), target.getRouteParameters()))
                    : Optional.empty();
        }
        // Files (an image, favicon.ico) are not pages; Vaadin and the container answer for them.
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".")
                ? Optional.empty()
                : Optional.of(new ReadingPage(NotFoundView.class, RouteParameters.empty()));
    }

    /**
     * The request's query as the view reads it: only the parameters it declares ({@link ReadsQuery}) and the
     * toolbar's own {@code a11y}, in one order. Throws IllegalArgumentException for a query that cannot be decoded.
     */
    static QueryParameters readQuery(HttpServletRequest request, Class<? extends ReadingView> view) {
        String queryString = request.getQueryString();
        if (queryString == null || queryString.isEmpty()) {
            return NO_QUERY;
        }
        QueryParameters sent = QueryParameters.fromString(queryString);
        ReadsQuery reads = view.getAnnotation(ReadsQuery.class);
        List<String> names = reads == null ? List.of() : List.of(reads.value());
        Map<String, List<String>> kept = new java.util.TreeMap<>();
        sent.getParameters().forEach((name, values) -> {
            if (name.equals("a11y") || names.contains(name)) {
                kept.put(name, values);
            }
        });
        return new QueryParameters(kept);
    }

    private Rendered render(ReadingPage page, String path, QueryParameters query, HttpServletRequest request) {
        Class<? extends ReadingView> viewType = page.view();
        RouteParameters parameters = page.parameters();
        Language language = Language.ofPath(path);
        Map<Class<?>, CurrentInstance> previous = CurrentInstance.getInstances();
        // Vaadin holds its current instances by weak references only: without these strong ones a collection
        // during the drawing could take the request away, and the page would be drawn, and kept, without the
        // reader's settings (seen as a page without its colour scheme, now and then, under load).
        UI ui = new UI();
        VaadinServletRequest vaadinRequest = new VaadinServletRequest(request, (VaadinServletService) service);
        try {
            ui.setLocale(language.locale());
            CurrentInstance.clearAll();
            VaadinService.setCurrent(service);
            CurrentInstance.set(VaadinRequest.class, vaadinRequest);
            UI.setCurrent(ui);
            return draw(viewType, parameters, path, query, request);
        } finally {
            CurrentInstance.clearAll();
            CurrentInstance.restoreInstances(previous);
            Reference.reachabilityFence(ui);
            Reference.reachabilityFence(vaadinRequest);
        }
    }

    /** The view and the layout drawn for the address, as the router would show them, into one document. */
    private Rendered draw(
            Class<? extends ReadingView> viewType,
            RouteParameters parameters,
            String path,
            QueryParameters query,
            HttpServletRequest request) {
        Language language = Language.ofPath(path);
        Instantiator instantiator = service.getInstantiator();
        ReadingView view = instantiator.getOrCreate(viewType);
        boolean found = view.show(new PageAddress(language, path, query, parameters));
        if (!found) {
            view = instantiator.getOrCreate(NotFoundView.class);
            view.show(new PageAddress(language, path, query, RouteParameters.empty()));
        }
        MainLayout layout = instantiator.getOrCreate(MainLayout.class);
        layout.showRouterLayoutContent(view);
        layout.frame(view, path, query.getQueryString());
        boolean toolbarOpen =
                query.getSingleParameter("a11y").filter("open"::equals).isPresent();
        layout.prepareForFirstResponse(pageAddress(request, path, query), toolbarOpen);
        boolean notFound = !found || view instanceof NotFoundView;
        String html = document(
                layout, view.metadata(), language, request.getContextPath(), !notFound && view.forSearchEngines());
        return Rendered.of(
                html,
                notFound ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_OK,
                language,
                view.sameForEveryReader());
    }

    private String document(
            MainLayout layout, PageMetadata metadata, Language language, String contextPath, boolean found) {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false);
        document.appendChild(new DocumentType("html", "", ""));
        org.jsoup.nodes.Element html = document.appendElement("html").attr("lang", language.code());
        // The reader's settings, so the page is drawn in them from its first frame.
        layout.toolbar().settings().htmlAttributes().forEach(html::attr);
        org.jsoup.nodes.Element headElement = html.appendElement("head");
        headElement.appendElement("meta").attr("charset", "utf-8");
        headElement
                .appendElement("meta")
                .attr("name", "viewport")
                .attr("content", "width=device-width, initial-scale=1");
        head.write(headElement, language, metadata, found);
        String root = contextPath + "/";
        headElement.appendElement("link").attr("rel", "stylesheet").attr("href", root + assets.path("site.css"));
        assets.linkIcons(headElement, root);
        headElement.appendElement("script").attr("defer", true).attr("src", root + assets.path("reader.js"));
        org.jsoup.nodes.Element body = html.appendElement("body");
        body.appendChild(StaticHtml.toJsoup(document, layout.getElement(), URI.create(root)));
        return document.outerHtml();
    }

    private static void send(Rendered rendered, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        QuickAnswers.given(request, PAGE);
        response.setHeader(HttpHeaders.ETAG, rendered.etag());
        // The page depends on the address and the reader's settings cookie only; check before reuse.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(HttpHeaders.VARY, "Cookie");
        response.setHeader("Content-Security-Policy", SecurityHeaders.READING_PAGE_POLICY);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, rendered.language().code());
        if (rendered.status() == HttpServletResponse.SC_OK
                && rendered.etag().equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        // Tomcat compresses it for clients that accept gzip (server.compression).
        byte[] body = rendered.html();
        response.setStatus(rendered.status());
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(body);
        }
    }

    /** The page's path and query for coming back to it, without the toolbar's own {@code a11y} parameter. */
    private static String pageAddress(HttpServletRequest request, String path, QueryParameters query) {
        Map<String, List<String>> kept = query.getParameters().entrySet().stream()
                .filter(e -> !e.getKey().equals("a11y"))
                .collect(Collectors.toMap(
                        Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
        String queryString = new QueryParameters(kept).getQueryString();
        return "/" + path + (queryString.isEmpty() ? "" : "?" + queryString);
    }

    /** The request's path within the site, decoded, without leading or trailing slashes. */
    static String sitePath(HttpServletRequest request) {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        String decoded =
                raw.indexOf('%') < 0 ? raw : URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        int start = 0;
        int end = decoded.length();
        while (start < end && decoded.charAt(start) == '/') {
            start++;
        }
        while (end > start && decoded.charAt(end - 1) == '/') {
            end--;
        }
        return decoded.substring(start, end);
    }

    private record PageKey(String path, String query, ReadingSettings settings) {}

    /** The view that draws an address, with the address's route parameters (an article's slug). */
    private record ReadingPage(Class<? extends ReadingView> view, RouteParameters parameters) {}

    /** A drawn page: its HTML as sent, and the tag that tells an unchanged page. */
    private record Rendered(byte[] html, String etag, int status, Language language, boolean sameForEveryReader) {

        static Rendered of(String html, int status, Language language, boolean sameForEveryReader) {
            byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
            return new Rendered(
                    bytes, "W/\"" + DigestUtils.md5DigestAsHex(bytes) + "\"", status, language, sameForEveryReader);
        }
    }
}
