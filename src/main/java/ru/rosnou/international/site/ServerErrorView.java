package ru.rosnou.international.site;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.PageTitles;
import ru.rosnou.international.base.ui.SiteLinks;

/** What a reader sees when something breaks while a page is built: a plain apology, never a stack trace. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ServerErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    private String title = "";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Error while showing /{}", event.getLocation().getPath(), parameter.getCaughtException());
        Language language = Language.ofPath(event.getLocation().getPath());
        removeAll();
        title = getTranslation(language.locale(), "error.title");
        add(
                new H1(title),
                new Paragraph(getTranslation(language.locale(), "error.text")),
                new Paragraph(SiteLinks.anchor(
                        SiteLinks.home(language), getTranslation(language.locale(), "notfound.home"))));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
