package ru.rosnou.international.site;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.reading.CurrentVaadin;
import ru.rosnou.international.base.reading.DocumentHead;
import ru.rosnou.international.base.reading.DrawnPage;
import ru.rosnou.international.base.reading.PageAddress;
import ru.rosnou.international.base.reading.PageMetadata;
import ru.rosnou.international.base.reading.ReadingPage;
import ru.rosnou.international.base.reading.ReadingView;
import ru.rosnou.international.base.reading.StaticHtml;
import ru.rosnou.international.base.web.StaticAssets;

/**
 * Draws a reading page into one HTML document: the view and the site's layout, as the router would show them, with
 * the reader's settings on {@code <html>}, the page's metadata in the head, the site's stylesheet and
 * {@code reader.js}.
 */
@Component
class PageDrawer {

    private final DocumentHead head;
    private final StaticAssets assets;

    PageDrawer(DocumentHead head, StaticAssets assets) {
        this.head = head;
        this.assets = assets;
    }

    /** The page for the address, drawn with Vaadin's service, the request and a UI of its own as current. */
    DrawnPage draw(
            VaadinService service, ReadingPage page, String path, QueryParameters query, HttpServletRequest request) {
        UI ui = new UI();
        ui.setLocale(Language.ofPath(path).locale());
        return CurrentVaadin.during(service, request, ui, () -> drawView(service, page, path, query, request));
    }

    /** The view and the layout drawn for the address, as the router would show them, into one document. */
    private DrawnPage drawView(
            VaadinService service, ReadingPage page, String path, QueryParameters query, HttpServletRequest request) {
        Language language = Language.ofPath(path);
        Instantiator instantiator = service.getInstantiator();
        ReadingView view = instantiator.getOrCreate(page.view());
        boolean found = view.show(new PageAddress(language, path, query, page.parameters()));
        if (!found) {
            view = instantiator.getOrCreate(NotFoundView.class);
            view.show(new PageAddress(language, path, query, RouteParameters.empty()));
        }
        MainLayout layout = instantiator.getOrCreate(MainLayout.class);
        layout.showRouterLayoutContent(view);
        layout.frame(view, path, query.getQueryString());
        boolean toolbarOpen =
                query.getSingleParameter("a11y").filter("open"::equals).isPresent();
        layout.prepareForFirstResponse(pageAddress(path, query), toolbarOpen);
        boolean notFound = !found || view instanceof NotFoundView;
        String html = document(
                layout, view.metadata(), language, request.getContextPath(), !notFound && view.forSearchEngines());
        return DrawnPage.of(
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
        Element html = document.appendElement("html").attr("lang", language.code());
        // The reader's settings, so the page is drawn in them from its first frame.
        layout.toolbar().settings().htmlAttributes().forEach(html::attr);
        Element headElement = html.appendElement("head");
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
        Element body = html.appendElement("body");
        body.appendChild(StaticHtml.toJsoup(document, layout.getElement(), URI.create(root)));
        return document.outerHtml();
    }

    /** The page's path and query for coming back to it, without the toolbar's own {@code a11y} parameter. */
    private static String pageAddress(String path, QueryParameters query) {
        Map<String, List<String>> kept = query.getParameters().entrySet().stream()
                .filter(e -> !e.getKey().equals("a11y"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        String queryString = new QueryParameters(kept).getQueryString();
        return "/" + path + (queryString.isEmpty() ? "" : "?" + queryString);
    }
}
