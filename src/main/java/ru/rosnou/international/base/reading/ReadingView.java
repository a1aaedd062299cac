package ru.rosnou.international.base.reading;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.NotFoundException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.PageTitles;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.ui.TranslatablePage;

/**
 * A public page for readers, drawn from its address alone ({@link #show}). Readers get it one way only: the
 * first-response renderer ({@code FirstResponsePages}) draws it into the HTML of the address, with the metadata that
 * {@link #show} returns in its head, and {@code reader.js} does the rest. The router still knows the route (the
 * first response looks it up there, and view tests navigate to it), but a browser whose live page (the editors'
 * workspace) asks the router for it is sent to load the address instead ({@link #beforeEnter}).
 */
public abstract class ReadingView extends Div implements BeforeEnterObserver, HasDynamicTitle, TranslatablePage {

    /**
     * Navigations a live page's client asks for: a link Vaadin's router caught, the browser's back and forward, a
     * client-side route. A reading page is not drawn into a live page: the browser loads its address instead.
     */
    private static final Set<NavigationTrigger> FROM_A_LIVE_PAGE =
            EnumSet.of(NavigationTrigger.ROUTER_LINK, NavigationTrigger.HISTORY, NavigationTrigger.CLIENT_SIDE);

    private PageMetadata metadata = PageMetadata.website("", "", "", Optional.empty());
    private Language language = Language.RU;

    /**
     * Fills the page for the address and says what it is, or empty when the address names nothing (an unknown
     * article): the reader then gets the not-found page with HTTP 404.
     */
    protected abstract Optional<PageMetadata> render(PageAddress address);

    /** Draws the page for the address; false when there is nothing there. */
    public final boolean show(PageAddress address) {
        language = address.language();
        removeAll();
        Optional<PageMetadata> shown = render(address);
        shown.ifPresent(found -> metadata = found);
        return shown.isPresent();
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        if (FROM_A_LIVE_PAGE.contains(event.getTrigger())) {
            // A full load of the address, which the first-response filter answers: no live twin of the page, its
            // toolbar, Listen or "Show image". Not for PAGE_LOAD: that one already is a loaded address (one the
            // filter left to Vaadin), and loading it again could only loop.
            event.forwardToUrl(SiteLinks.href(event.getLocation().getPathWithQueryParameters()));
            return;
        }
        if (!show(PageAddress.of(event))) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /**
     * Whether the page as drawn may be served again to other readers with the same address and settings. Not so
     * for a page that carries something of its own moment, such as a form's signed time.
     */
    public boolean sameForEveryReader() {
        return true;
    }

    /** Whether search engines should list the page; not so for one reader's confirmation. */
    public boolean forSearchEngines() {
        return true;
    }

    /** The language of the address being drawn. */
    protected final Language language() {
        return language;
    }

    public PageMetadata metadata() {
        return metadata;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(metadata.title());
    }

    @Override
    public Optional<String> translationPath() {
        return metadata.translationPath();
    }
}
