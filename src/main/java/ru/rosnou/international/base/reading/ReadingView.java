package ru.rosnou.international.base.reading;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.PageTitles;
import ru.rosnou.international.base.ui.TranslatablePage;

/**
 * A public page for readers, drawn from its address alone ({@link #show}). Vaadin's router shows it live; the
 * first-response renderer ({@code FirstResponsePages}) draws the very same component into the HTML that readers
 * who open the address receive, with the metadata that {@link #show} returns in its head.
 */
public abstract class ReadingView extends Div implements BeforeEnterObserver, HasDynamicTitle, TranslatablePage {

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
