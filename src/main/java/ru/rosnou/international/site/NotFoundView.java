package ru.rosnou.international.site;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.reading.PageAddress;
import ru.rosnou.international.base.reading.PageMetadata;
import ru.rosnou.international.base.reading.ReadingView;
import ru.rosnou.international.base.ui.SiteLinks;

/** The not-found page, in the language of the address that was asked for, with a way home. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends ReadingView implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(PageAddress.of(event));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    protected Optional<PageMetadata> render(PageAddress address) {
        Language language = address.language();
        String title = getTranslation(language.locale(), "notfound.title");
        add(
                new H1(title),
                new Paragraph(getTranslation(language.locale(), "notfound.text")),
                SiteLinks.linkParagraph(SiteLinks.home(language), getTranslation(language.locale(), "notfound.home")));
        // No translation: the language switch leads to the other language's home page and says so.
        return Optional.of(PageMetadata.website(title, "", address.path(), Optional.empty()));
    }
}
