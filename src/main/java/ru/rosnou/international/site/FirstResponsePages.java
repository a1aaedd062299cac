package ru.rosnou.international.site;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinService;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.rosnou.international.accessibility.ui.SettingsCookie;
import ru.rosnou.international.base.reading.DrawnPage;
import ru.rosnou.international.base.reading.FreshPages;
import ru.rosnou.international.base.reading.ReadingPage;
import ru.rosnou.international.base.reading.ReadingRoutes;
import ru.rosnou.international.base.reading.RunningVaadin;
import ru.rosnou.international.base.web.QuickAnswers;
import ru.rosnou.international.base.web.StaticAssets;
import ru.rosnou.international.base.web.UnavailablePage;
import ru.rosnou.international.news.search.service.SearchUnavailable;

/**
 * Serves the reading pages (news list, articles, the Association, FAQ, privacy, not found) complete in their first
 * HTML response, drawn by the same views and layout that Vaadin's router shows live, with their metadata in the
 * head. The page loads no Vaadin client and the server keeps nothing of it: no session, no UI. A small script
 * ({@code reader.js}) makes the accessibility toolbar instant and runs Listen and "Show image"; without it every
 * link, filter, page and the toolbar's form still work. This is the only way a reading page reaches a browser
 * (a live page's router sends the browser here, see {@code ReadingView.beforeEnter}); a page that fails to draw is
 * answered with a readable 500 page. Only the editors' workspace is left to Vaadin.
 *
 * <p>This filter decides whether a request is a reading page ({@link ReadingRoutes}) and answers it: from the
 * {@link KeptPages} or drawn by the {@link PageDrawer}, sent by {@link DrawnPage#send}.
 */
@Component
// Reading pages never ask for a session, so the session limit (which refuses only new sessions) never refuses them.
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class FirstResponsePages extends OncePerRequestFilter implements FreshPages, QuickAnswers.Source {

    private static final Logger log = LoggerFactory.getLogger(FirstResponsePages.class);

    private final RunningVaadin vaadin;
    private final KeptPages kept;
    private final PageDrawer drawer;
    private final StaticAssets assets;

    FirstResponsePages(RunningVaadin vaadin, KeptPages kept, PageDrawer drawer, StaticAssets assets) {
        this.vaadin = vaadin;
        this.kept = kept;
        this.drawer = drawer;
        this.assets = assets;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return vaadin.service().isEmpty()
                || !(method.equals("GET") || method.equals("HEAD"))
                || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        VaadinService service = vaadin.service().orElseThrow();
        String path;
        try {
            path = ReadingRoutes.sitePath(request);
        } catch (IllegalArgumentException malformed) {
            // Never the live page (a session, the looser CSP) for an address that cannot be read.
            UnavailablePage.sendBadRequest(request, response);
            return;
        }
        Optional<ReadingPage> page = ReadingRoutes.find(service.getRouter(), path, NotFoundView.class);
        if (page.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        QueryParameters query;
        try {
            query = ReadingRoutes.readQuery(request, page.get().view());
        } catch (IllegalArgumentException malformed) {
            UnavailablePage.sendBadRequest(request, response);
            return;
        }
        KeptPages.Key key = new KeptPages.Key(path, query.getQueryString(), SettingsCookie.read(request));
        DrawnPage drawn;
        try {
            drawn = kept.keptOrDrawn(
                    key,
                    page.get().view().getSimpleName(),
                    () -> drawer.draw(service, page.get(), path, query, request));
        } catch (DataAccessException | TransactionException | PersistenceException databaseFailure) {
            // Without its database the site has nothing true to show: say so (503, try again), never an empty
            // news list that looks like a site without news, and let the balancer's readiness check see it too.
            log.error("Could not draw /{}: the database failed: {}", path, databaseFailure.toString());
            UnavailablePage.send(request, response, 30, "unavailable.database");
            return;
        } catch (SearchUnavailable searchFailure) {
            // Only the search page needs the index: it says so (503, try again), the reading pages go on.
            log.warn(
                    "Could not draw /{}: {}",
                    path,
                    searchFailure.getMessage().lines().findFirst().orElse(""));
            UnavailablePage.send(request, response, 30, "search.unavailable");
            return;
        } catch (RuntimeException e) {
            // Reading pages are drawn one way: a readable apology (500), not the live page as a second way.
            log.error("Could not draw /{}", path, e);
            UnavailablePage.sendServerError(
                    request, response, request.getContextPath() + "/" + assets.path("site.css"));
            return;
        }
        drawn.send(request, response);
    }

    @Override
    public String kind() {
        return DrawnPage.KIND;
    }

    /**
     * Sends the page kept for the request's address and settings, if there is one, before any other filter (see
     * {@link QuickAnswers}): the same bytes and headers as {@link #doFilterInternal} would send.
     */
    @Override
    public boolean answer(HttpServletRequest request, HttpServletResponse response, QuickAnswers quick)
            throws IOException {
        if (shouldNotFilter(request)) {
            return false;
        }
        DrawnPage found;
        try {
            String path = ReadingRoutes.sitePath(request);
            Optional<ReadingPage> page =
                    ReadingRoutes.find(vaadin.service().orElseThrow().getRouter(), path, NotFoundView.class);
            if (page.isEmpty()) {
                return false;
            }
            QueryParameters query = ReadingRoutes.readQuery(request, page.get().view());
            found = kept.kept(
                    new KeptPages.Key(path, query.getQueryString(), SettingsCookie.read(request)),
                    page.get().view().getSimpleName());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        if (found == null) {
            return false;
        }
        quick.writeChainHeaders(DrawnPage.KIND, request, response);
        found.send(request, response);
        return true;
    }

    /**
     * Draws the reading page at the request's address now, neither from nor into the kept pages: for the answer
     * to a form posted to that address, which its view finds in the request's attributes.
     */
    @Override
    public void drawFresh(HttpServletRequest request, HttpServletResponse response) throws IOException {
        VaadinService service = vaadin.service().orElseThrow();
        String path = ReadingRoutes.sitePath(request);
        ReadingPage page = ReadingRoutes.find(service.getRouter(), path, NotFoundView.class)
                .orElseThrow(() -> new IllegalArgumentException("/" + path + " is not a reading page"));
        QueryParameters query;
        try {
            query = ReadingRoutes.readQuery(request, page.view());
        } catch (IllegalArgumentException malformed) {
            UnavailablePage.sendBadRequest(request, response);
            return;
        }
        drawer.draw(service, page, path, query, request).send(request, response);
    }
}
