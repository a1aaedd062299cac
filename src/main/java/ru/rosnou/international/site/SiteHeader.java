package ru.rosnou.international.site;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import ru.rosnou.international.accessibility.ui.AccessibilityToolbar;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.SearchForm;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.ui.TranslatablePage;

/**
 * The header of every page: the site's name (a link home), the language switch to this page's translation, the
 * accessibility toolbar and the site search, in that order, so that readers who need the toolbar reach it first.
 */
class SiteHeader extends Header {

    static final String TOOLBAR_SLOT_ID = "accessibility-toolbar";

    private final AccessibilityToolbar toolbar;
    private final Anchor languageLink = new Anchor();
    private final Span languageNote = new Span();

    SiteHeader(AccessibilityToolbar toolbar) {
        this.toolbar = toolbar;
        addClassName("site-header");
        languageLink.addClassName("language-link");
        languageNote.setId("language-note");
        languageNote.addClassName("language-note");
    }

    AccessibilityToolbar toolbar() {
        return toolbar;
    }

    void render(Language language) {
        removeAll();
        Anchor siteName = SiteLinks.anchor(SiteLinks.home(language), "");
        siteName.addClassName("site-name");
        Span name = new Span(getTranslation("site.name"));
        name.addClassName("site-name-title");
        Span tagline = new Span(getTranslation("site.tagline"));
        tagline.addClassName("site-name-tagline");
        siteName.add(name, tagline);
        Div languageSwitch = new Div(languageLink, languageNote);
        languageSwitch.addClassName("language-switch");
        // The toolbar's panel follows its entry control, so Tab moves from one into the other.
        // "Normal version" comes first, shown only while the version is on, so that entry and panel stay together.
        Div toolbarSlot = new Div(toolbar.normalControl(), toolbar.entryControl(), toolbar);
        toolbarSlot.setId(TOOLBAR_SLOT_ID);
        toolbarSlot.addClassName("toolbar-slot");
        toolbar.localize();
        SearchForm search = new SearchForm(
                language, "site-search", getTranslation("search.landmark"), getTranslation("search.label"), false, "");
        search.addClassName("site-search");
        add(siteName, languageSwitch, toolbarSlot, search);
    }

    /** Leads to the page's translation, or to the other language's home page, saying so, when it has none. */
    void updateLanguageSwitch(Language language, @Nullable Component view) {
        Language other = language.other();
        Optional<String> translation =
                view instanceof TranslatablePage page ? page.translationPath() : Optional.empty();
        String target = translation.orElse(SiteLinks.home(other));
        languageLink.setHref(SiteLinks.href(target));
        SiteLinks.loadsAnew(languageLink, target);
        languageLink.setText(getTranslation(other.locale(), "language.name"));
        languageLink.getElement().setAttribute("lang", other.code());
        languageLink.getElement().setAttribute("hreflang", other.code());
        if (translation.isPresent()) {
            languageNote.setText("");
            languageNote.setVisible(false);
            languageLink.getElement().removeAttribute("aria-describedby");
        } else {
            languageNote.setText(getTranslation("language.untranslated"));
            languageNote.setVisible(true);
            languageLink
                    .getElement()
                    .setAttribute("aria-describedby", languageNote.getId().orElseThrow());
        }
    }
}
