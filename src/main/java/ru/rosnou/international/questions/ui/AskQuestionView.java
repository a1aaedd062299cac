package ru.rosnou.international.questions.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.util.Optional;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.LanguageView;
import ru.rosnou.international.base.ui.MainLayout;
import ru.rosnou.international.base.ui.PageTitles;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.ui.TranslatablePage;

/**
 * Where the footer's "Ask a question" leads. Until the question form exists (its own issue), the page
 * tells readers honestly how to reach the directorate instead of leaving a broken link.
 */
@Route(value = SiteLinks.ASK_PATH, layout = MainLayout.class)
@RouteAlias(value = "en/" + SiteLinks.ASK_PATH, layout = MainLayout.class)
public class AskQuestionView extends Div implements BeforeEnterObserver, HasDynamicTitle, TranslatablePage {

    private Language language = Language.RU;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        language = LanguageView.of(event);
        removeAll();
        add(new H1(getTranslation("ask.title")), new Paragraph(getTranslation("ask.text")),
                new Paragraph(getTranslation("footer.unit")), new Paragraph(getTranslation("footer.address")));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("ask.title"));
    }

    @Override
    public Optional<String> translationPath() {
        return Optional.of(SiteLinks.ask(language.other()));
    }
}
