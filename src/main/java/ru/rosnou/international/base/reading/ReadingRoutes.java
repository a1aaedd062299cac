package ru.rosnou.international.base.reading;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationState;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Router;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import ru.rosnou.international.base.web.SiteAddresses;

/**
 * Which reading page a request asks for: its path within the site, the view Vaadin's router has for that path
 * (through the router's public lookup, so that the first response and the live page agree), and the query as
 * that view reads it.
 */
public final class ReadingRoutes {

    private static final QueryParameters NO_QUERY = QueryParameters.empty();

    private ReadingRoutes() {}

    /**
     * The reading view for the path, {@code notFound} for an unknown one, or empty for everything else (a live
     * view, Vaadin's own addresses, a file).
     */
    public static Optional<ReadingPage> find(Router router, String path, Class<? extends ReadingView> notFound) {
        if (SiteAddresses.isNotPage(path)) {
            return Optional.empty();
        }
        // The path as it is, segment by segment: the constructors that parse a path trim it and refuse some.
        Location location = new Location(Arrays.asList(path.split("/", -1)), NO_QUERY);
        Optional<NavigationState> target = router.resolveNavigationTarget(location);
        Optional<ReadingPage> page = target.filter(
                        found -> ReadingView.class.isAssignableFrom(found.getNavigationTarget()))
                .map(found -> new ReadingPage(
                        found.getNavigationTarget().asSubclass(ReadingView.class), found.getRouteParameters()));
        // The live workspace: of its addresses only a reading view (the login page) is drawn as a first response.
        if (target.isPresent()
                || path.equals(SiteAddresses.WORKSPACE)
                || path.startsWith(SiteAddresses.WORKSPACE + "/")) {
            return page;
        }
        // Files (an image, favicon.ico) are not pages; Vaadin and the container answer for them.
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") ? Optional.empty() : Optional.of(new ReadingPage(notFound, RouteParameters.empty()));
    }

    /**
     * The request's query as the view reads it: only the parameters it declares ({@link ReadsQuery}) and the
     * toolbar's own {@code a11y}, in one order. Throws IllegalArgumentException for a query that cannot be decoded.
     */
    public static QueryParameters readQuery(HttpServletRequest request, Class<? extends ReadingView> view) {
        String queryString = request.getQueryString();
        if (queryString == null || queryString.isEmpty()) {
            return NO_QUERY;
        }
        QueryParameters sent = QueryParameters.fromString(queryString);
        ReadsQuery reads = view.getAnnotation(ReadsQuery.class);
        List<String> names = reads == null ? List.of() : List.of(reads.value());
        Map<String, List<String>> kept = new TreeMap<>();
        sent.getParameters().forEach((name, values) -> {
            if (name.equals("a11y") || names.contains(name)) {
                kept.put(name, values);
            }
        });
        return new QueryParameters(kept);
    }

    /**
     * The request's path within the site, decoded, without leading or trailing slashes. Throws
     * IllegalArgumentException for a path that cannot be decoded.
     */
    public static String sitePath(HttpServletRequest request) {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        String decoded =
                raw.indexOf('%') < 0 ? raw : URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        return SiteAddresses.trimSlashes(decoded);
    }
}
