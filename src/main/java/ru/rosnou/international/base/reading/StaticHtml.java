package ru.rosnou.international.base.reading;

import com.vaadin.flow.dom.Element;
import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes a tree of Vaadin elements as plain HTML, as the browser would show it live. Like Flow's own
 * {@code ElementUtil.toJsoup}, plus what that leaves out: invisible components are left out (Flow hides them in
 * the client), boolean properties that the page shows ({@code checked}, {@code open}) become attributes, and
 * relative addresses, which Vaadin resolves against its {@code <base href>}, are made absolute paths, so that
 * the page needs no base element and in-page links such as the skip link point into the page itself.
 */
public final class StaticHtml {

    private static final List<String> BOOLEAN_PROPERTIES = List.of("checked", "open", "disabled", "selected");
    private static final List<String> ADDRESS_ATTRIBUTES = List.of("href", "src", "action");
    private static final String ROUTER_IGNORE = "router-ignore";

    private StaticHtml() {}

    /**
     * @param siteRoot the site's root as a URI to resolve relative addresses against, such as {@code /} or
     *                 {@code /news/} when the site has a context path
     */
    public static Node toJsoup(Document document, Element element, URI siteRoot) {
        if (element.isTextNode()) {
            return new TextNode(element.getText());
        }
        org.jsoup.nodes.Element target = document.createElement(element.getTag());
        if (element.hasProperty("innerHTML")) {
            target.html((String) element.getPropertyRaw("innerHTML"));
        }
        element.getAttributeNames().forEach(name -> {
            String value = element.getAttribute(name);
            if (name.equals(ROUTER_IGNORE)) {
                // Only Vaadin's client reads it, and a first response has none.
                return;
            }
            if ("".equals(value)) {
                target.attr(name, true);
            } else if (ADDRESS_ATTRIBUTES.contains(name)) {
                target.attr(name, absolutePath(value, siteRoot));
            } else {
                target.attr(name, value);
            }
        });
        for (String property : BOOLEAN_PROPERTIES) {
            if (element.hasProperty(property) && Boolean.TRUE.equals(element.getPropertyRaw(property))) {
                target.attr(property, true);
            }
        }
        element.getChildren()
                .filter(StaticHtml::shown)
                .forEach(child -> target.appendChild(toJsoup(document, child, siteRoot)));
        return target;
    }

    static boolean shown(Element element) {
        return element.isTextNode() || element.isVisible();
    }

    /** "en/association" → "/en/association", "." → "/", "#main" and "https://…" unchanged. */
    static String absolutePath(String address, URI siteRoot) {
        URI uri;
        try {
            uri = URI.create(address.replace(" ", "%20"));
        } catch (IllegalArgumentException notAnAddress) {
            return address;
        }
        if (address.startsWith("#") || address.startsWith("/") || uri.getScheme() != null) {
            return address;
        }
        URI resolved = siteRoot.resolve(uri);
        String path = resolved.getRawPath();
        String query = resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery();
        String fragment = resolved.getRawFragment() == null ? "" : "#" + resolved.getRawFragment();
        return path + query + fragment;
    }
}
