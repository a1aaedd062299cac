package ru.rosnou.international.site;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import ru.rosnou.international.accessibility.ui.AccessibilityToolbar;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.Announcer;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.social.service.SocialProfileService;

/**
 * The frame of every page: skip link, header (site name, language switch, the accessibility toolbar, search),
 * primary navigation, main, footer, and the page's one live region. Plain landmarks, no AppLayout: simpler and more
 * predictable for screen readers and keyboards. Vaadin puts every route in it ({@code @Layout}); it is live only
 * around the editors' workspace, since reading pages arrive drawn as first responses, and its links to them load
 * them anew ({@code router-ignore}, see {@link SiteLinks#anchor}).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    public static final String MAIN_ID = "main-content";

    private final Anchor skipLink = new Anchor();
    private final Announcer announcer = new Announcer();
    private final SiteHeader header = new SiteHeader(new AccessibilityToolbar(announcer::announce));
    private final SiteNavigation navigation = new SiteNavigation();
    private final Main main = new Main();
    private final SiteFooter footer;
    private @Nullable Language renderedLanguage;
    private boolean firstNavigation = true;

    public MainLayout(SocialProfileService socialProfiles) {
        footer = new SiteFooter(socialProfiles);
        addClassName("site");
        skipLink.addClassName("skip-link");
        // The router must not treat the fragment link as a navigation. On the live workspace a click handler moves
        // focus, as the reader script does on reading pages: under Vaadin's <base href> and history handling the
        // browser's own fragment link did not always move it (OneWayIT failed once on it in a full run).
        skipLink.getElement().setAttribute("router-ignore", true);
        skipLink.getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  const main = document.getElementById($0);
                  main.focus();
                  main.scrollIntoView();
                });""", MAIN_ID);
        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("site-main");
        add(skipLink, header, navigation, main, footer, announcer);
    }

    @Override
    public void showRouterLayoutContent(@Nullable HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    public AccessibilityToolbar toolbar() {
        return header.toolbar();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        Language language = Language.ofPath(path);
        Component view = event.getActiveChain().isEmpty()
                ? null
                : (event.getActiveChain().get(0) instanceof Component c ? c : null);
        frame(view, path, event.getLocation().getQueryParameters().getQueryString());
        UI ui = UI.getCurrent();
        ui.getPage().executeJs("document.documentElement.lang = $0;", language.code());
        if (!firstNavigation) {
            // Flow leaves focus where it was; put it on the new page's heading so screen readers start there.
            ui.getPage().executeJs("""
                    const h1 = document.querySelector('#%s h1');
                    if (h1) { h1.setAttribute('tabindex', '-1'); h1.focus(); }""".formatted(MAIN_ID));
            if (view instanceof HasDynamicTitle titled) {
                announcer.announce(titled.getPageTitle());
            }
        }
        firstNavigation = false;
    }

    /**
     * Draws the frame around a page at a site path: header, navigation and footer in the path's language, the
     * language switch to the page's translation, the current page marked in the navigation, the social links.
     * Used by the router and by the first-response renderer alike.
     */
    public void frame(@Nullable Component view, String path, @Nullable String query) {
        Language language = Language.ofPath(path);
        if (language != renderedLanguage) {
            skipLink.setText(getTranslation("skip.main"));
            header.render(language);
            navigation.render(language);
            footer.render(language);
            renderedLanguage = language;
        }
        header.updateLanguageSwitch(language, view);
        // The page's own address before the fragment: with Vaadin's <base href> a bare "#main-content" would mean
        // the site's root, for a link opened in a new tab, copied, or listed with its address by a screen reader.
        skipLink.setHref(path + (query == null || query.isEmpty() ? "" : "?" + query) + "#" + MAIN_ID);
        navigation.markCurrent(path);
        footer.renderSocialLinks(language);
    }

    /**
     * Readies the frame for a page that arrives without Vaadin's client: the toolbar becomes a form that works
     * with JavaScript off (open when the address asks for it), which the reader script then makes instant.
     */
    public void prepareForFirstResponse(String pageAddress, boolean toolbarOpen) {
        header.toolbar().prepareForDocument(pageAddress, toolbarOpen);
    }
}
