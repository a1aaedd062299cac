package ru.rosnou.international.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLayout;
import java.util.List;
import java.util.Optional;
import ru.rosnou.international.accessibility.ui.AccessibilityToolbar;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.social.service.SocialLink;
import ru.rosnou.international.social.service.SocialProfileService;

/**
 * The frame of every public page: skip link, header (site name, the accessibility toolbar's place,
 * language switch), primary navigation, main, footer. Plain landmarks, no AppLayout: simpler and
 * more predictable for screen readers and keyboards.
 */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    public static final String MAIN_ID = "main-content";
    public static final String TOOLBAR_SLOT_ID = "accessibility-toolbar";

    private final SocialProfileService socialProfiles;
    private final Anchor skipLink = new Anchor();
    private final Header header = new Header();
    private final Nav navigation = new Nav();
    private final Main main = new Main();
    private final Footer footer = new Footer();
    private final Announcer announcer = new Announcer();
    private final Anchor languageLink = new Anchor();
    private final Span languageNote = new Span();
    private final AccessibilityToolbar toolbar = new AccessibilityToolbar(announcer::announce);
    private final UnorderedList socialLinks = new UnorderedList();
    private Language renderedLanguage;
    private boolean firstNavigation = true;

    public MainLayout(SocialProfileService socialProfiles) {
        this.socialProfiles = socialProfiles;
        addClassName("site");
        skipLink.addClassName("skip-link");
        // The router must not treat the fragment link as a navigation; the click handler moves focus.
        skipLink.getElement().setAttribute("router-ignore", true);
        skipLink.getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  const main = document.getElementById($0);
                  main.focus();
                  main.scrollIntoView();
                });""", MAIN_ID);
        header.addClassName("site-header");
        navigation.addClassName("site-nav");
        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("site-main");
        footer.addClassName("site-footer");
        languageLink.addClassName("language-link");
        languageNote.setId("language-note");
        languageNote.addClassName("language-note");
        socialLinks.addClassName("social-links");
        add(skipLink, header, navigation, main, footer, announcer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    public Announcer announcer() {
        return announcer;
    }

    /**
     * Opens a confirmation dialog with the page behind it inert until it is answered (confirm, cancel or
     * Escape, which cancels). Vaadin hides the page from screen readers with aria-hidden and traps focus in the
     * dialog; inert also takes the page's links and buttons out of reach for everything else (and for axe's
     * aria-hidden-focus rule, which cannot see the trap). The dialog's listeners move focus afterwards.
     */
    public static void openWithPageInert(com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog) {
        com.vaadin.flow.component.UI.getCurrent().getChildren()
                .filter(MainLayout.class::isInstance).findFirst()
                .ifPresent(layout -> {
                    layout.getElement().setAttribute("inert", true);
                    dialog.addConfirmListener(answer -> layout.getElement().removeAttribute("inert"));
                    dialog.addCancelListener(answer -> layout.getElement().removeAttribute("inert"));
                    dialog.addRejectListener(answer -> layout.getElement().removeAttribute("inert"));
                });
        dialog.open();
    }

    /** Says a status message in the current page's live region, without moving focus. */
    public static void announce(String message) {
        com.vaadin.flow.component.UI.getCurrent().getChildren()
                .filter(MainLayout.class::isInstance).map(MainLayout.class::cast).findFirst()
                .ifPresent(layout -> layout.announcer.announce(message));
    }

    public AccessibilityToolbar toolbar() {
        return toolbar;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        Language language = Language.ofPath(path);
        Component view = event.getActiveChain().isEmpty() ? null
                : (event.getActiveChain().get(0) instanceof Component c ? c : null);
        frame(view, path, event.getLocation().getQueryParameters().getQueryString());
        UI ui = UI.getCurrent();
        ui.getPage().executeJs("""
                document.documentElement.lang = $0;
                if (window.speechSynthesis) { window.speechSynthesis.cancel(); }""", language.code());
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
    public void frame(Component view, String path, String query) {
        Language language = Language.ofPath(path);
        if (language != renderedLanguage) {
            renderChrome(language);
            renderedLanguage = language;
        }
        updateLanguageSwitch(language, view, path, query);
        // The page's own address before the fragment: with Vaadin's <base href> a bare "#main-content" would mean
        // the site's root, for a link opened in a new tab, copied, or listed with its address by a screen reader.
        skipLink.setHref(path + (query == null || query.isEmpty() ? "" : "?" + query) + "#" + MAIN_ID);
        markCurrentNavigation(path);
        renderSocialLinks(language);
    }

    /**
     * Readies the frame for a page that arrives without Vaadin's client: the toolbar becomes a form that works
     * with JavaScript off (open when the address asks for it), which the reader script then makes instant.
     */
    public void prepareForFirstResponse(String pageAddress, boolean toolbarOpen) {
        toolbar.prepareForDocument(pageAddress, toolbarOpen);
    }

    private void renderChrome(Language language) {
        skipLink.setText(getTranslation("skip.main"));

        header.removeAll();
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
        Div toolbarSlot = new Div(toolbar.entryControl(), toolbar);
        toolbarSlot.setId(TOOLBAR_SLOT_ID);
        toolbarSlot.addClassName("toolbar-slot");
        toolbar.localize();
        SearchForm search = new SearchForm(language, "site-search", getTranslation("search.landmark"),
                getTranslation("search.label"), false, "");
        search.addClassName("site-search");
        // After the toolbar, which readers who need it should reach first.
        header.add(siteName, languageSwitch, toolbarSlot, search);

        navigation.removeAll();
        navigation.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        navigation.add(new UnorderedList(
                new ListItem(SiteLinks.anchor(SiteLinks.home(language), getTranslation("nav.news"))),
                new ListItem(SiteLinks.anchor(SiteLinks.association(language), getTranslation("nav.association")))));

        footer.removeAll();
        Section contacts = new Section(new H2(getTranslation("footer.contacts")),
                new Paragraph(getTranslation("footer.unit")),
                new Paragraph(getTranslation("footer.address")));
        contacts.addClassName("footer-contacts");
        Section social = new Section(new H2(getTranslation("footer.social")), socialLinks);
        social.addClassName("footer-social");
        Anchor ask = SiteLinks.anchor(SiteLinks.ask(language), getTranslation("footer.ask"));
        ask.addClassName("footer-ask");
        Paragraph copyright = new Paragraph(getTranslation("footer.copyright"));
        copyright.addClassName("footer-copyright");
        Anchor faq = SiteLinks.anchor(SiteLinks.faq(language), getTranslation("footer.faq"));
        faq.addClassName("footer-faq");
        Anchor statement = SiteLinks.anchor(SiteLinks.accessibility(language),
                getTranslation("footer.accessibility"));
        statement.addClassName("footer-accessibility");
        UnorderedList questionLinks = new UnorderedList(new ListItem(ask), new ListItem(faq),
                new ListItem(statement));
        questionLinks.addClassName("footer-questions");
        footer.add(contacts, social, questionLinks, copyright);
    }

    /** The profiles editors keep, read again on every navigation so that changes show at once. */
    private void renderSocialLinks(Language language) {
        socialLinks.removeAll();
        for (SocialLink link : socialProfiles.currentProfiles()) {
            Anchor anchor = new Anchor(link.url(), link.accessibleName());
            anchor.getElement().setAttribute("rel", "noopener");
            // Names are typed in one language; a Russian name on an English page is marked as Russian.
            Language written = Language.ofText(link.accessibleName());
            if (written != language) {
                anchor.getElement().setAttribute("lang", written.code());
            }
            socialLinks.add(new ListItem(anchor));
        }
    }

    private void updateLanguageSwitch(Language language, Component view, String path, String query) {
        Language other = language.other();
        Optional<String> translation = view instanceof TranslatablePage page ? page.translationPath()
                : Optional.empty();
        languageLink.setHref(SiteLinks.href(translation.orElse(SiteLinks.home(other))));
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
            languageLink.getElement().setAttribute("aria-describedby", languageNote.getId().orElseThrow());
        }
    }

    private void markCurrentNavigation(String path) {
        navigation.getElement().getChild(0).getChildren()
                .map(item -> item.getChild(0))
                .forEach(link -> {
                    String href = link.getAttribute("href");
                    boolean current = href != null && href.equals(SiteLinks.href(path));
                    if (current) {
                        link.setAttribute("aria-current", "page");
                    } else {
                        link.removeAttribute("aria-current");
                    }
                });
    }
}
