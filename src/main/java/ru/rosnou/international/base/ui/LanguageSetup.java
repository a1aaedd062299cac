package ru.rosnou.international.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.stereotype.Component;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.base.web.StaticAssets;

/**
 * Makes the URL decide the language everywhere: in the first HTML response ({@code html lang} and a
 * title in that language, before any script runs) and in the UI's locale before each navigation,
 * so every view and the layout translate with the right bundle.
 */
@Component
public class LanguageSetup implements VaadinServiceInitListener {

    private final I18NProvider i18n;
    private final StaticAssets assets;

    public LanguageSetup(I18NProvider i18n, StaticAssets assets) {
        this.i18n = i18n;
        this.assets = assets;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Language language = Language.ofPath(response.getVaadinRequest().getPathInfo());
            response.getDocument().getElementsByTag("html").attr("lang", language.code());
            if (response.getDocument().title().isBlank()) {
                // A page that says nothing more specific about itself is the site.
                response.getDocument().title(i18n.getTranslation("site.name", language.locale()));
            }
            // The site's styles, the same file the pages that arrive complete link to (relative to Vaadin's base).
            response.getDocument()
                    .head()
                    .appendElement("link")
                    .attr("rel", "stylesheet")
                    .attr("href", assets.path("site.css"));
            assets.linkIcons(response.getDocument().head(), "");
            // The page is rendered by script, but crawlers and link checkers read the status of this response.
            String path = SiteAddresses.trimSlashes(response.getVaadinRequest().getPathInfo());
            // The router's public lookup, given the path segment by segment (as it is, neither trimmed nor checked).
            Location location = new Location(Arrays.asList(path.split("/", -1)), QueryParameters.empty());
            if (event.getSource().getRouter().resolveNavigationTarget(location).isEmpty()) {
                response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        });
        event.getSource()
                .addUIInitListener(uiInit -> uiInit.getUI()
                        .addBeforeEnterListener(beforeEnter -> beforeEnter
                                .getUI()
                                .setLocale(Language.ofPath(
                                                beforeEnter.getLocation().getPath())
                                        .locale())));
    }
}
