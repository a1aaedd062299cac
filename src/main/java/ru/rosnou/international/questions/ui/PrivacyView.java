package ru.rosnou.international.questions.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import ru.rosnou.international.base.reading.PageAddress;
import ru.rosnou.international.base.reading.PageMetadata;
import ru.rosnou.international.base.reading.ReadingView;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.web.SiteAddresses;

/** What happens to the personal data a reader gives with a question (Federal Law No. 152-FZ). */
@Route(value = SiteAddresses.PRIVACY)
@RouteAlias(value = SiteAddresses.EN + SiteAddresses.PRIVACY)
@AnonymousAllowed
public class PrivacyView extends ReadingView {

    private static final String[] SECTIONS = {"who", "what", "why", "how", "rights"};

    @Override
    protected Optional<PageMetadata> render(PageAddress address) {
        add(new H1(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.intro")));
        for (String section : SECTIONS) {
            add(
                    new H2(getTranslation("privacy." + section + ".title")),
                    new Paragraph(getTranslation("privacy." + section + ".text")));
        }
        add(new Paragraph(SiteLinks.anchor(SiteLinks.ask(language()), getTranslation("privacy.back"))));
        return Optional.of(PageMetadata.website(
                getTranslation("privacy.title"),
                getTranslation("privacy.intro"),
                SiteLinks.privacy(language()),
                Optional.of(SiteLinks.privacy(language().other()))));
    }
}
