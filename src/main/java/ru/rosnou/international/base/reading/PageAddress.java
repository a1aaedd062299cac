package ru.rosnou.international.base.reading;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import ru.rosnou.international.base.i18n.Language;

/**
 * Everything a reading page needs to draw itself: the address's language, path, query and route parameters.
 * The same for Vaadin's router and for the first HTML response.
 *
 * @param path the site path without leading slash, such as {@code en/association}
 */
public record PageAddress(Language language, String path, QueryParameters query, RouteParameters parameters) {

    public static PageAddress of(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        return new PageAddress(
                Language.ofPath(path), path, event.getLocation().getQueryParameters(), event.getRouteParameters());
    }

    /** The first value of a query parameter, if any. */
    public Optional<String> single(String name) {
        return query.getSingleParameter(name);
    }

    /** A route parameter such as an article's slug, empty when absent. */
    public String parameter(String name) {
        return parameters.get(name).orElse("");
    }

    /** The query as in the address ({@code year=2020&page=2}), empty when there is none. */
    public String queryString() {
        return query.getQueryString();
    }
}
