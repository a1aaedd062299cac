package ru.rosnou.international.editorial.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.LanguageView;
import ru.rosnou.international.base.ui.MainLayout;
import ru.rosnou.international.base.ui.PageTitles;
import ru.rosnou.international.base.ui.TranslatablePage;

/** Sign-in to the editors' workspace: a plain, labelled form in the site's frame, toolbar included. */
@Route(value = LoginView.PATH, layout = MainLayout.class)
@RouteAlias(value = "en/" + LoginView.PATH, layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle, TranslatablePage {

    public static final String PATH = "editor/login";

    private final LoginForm form = new LoginForm();
    private Language language = Language.RU;

    public LoginView() {
        addClassName("login-page");
        form.setAction(PATH);
        form.setForgotPasswordButtonVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        language = LanguageView.of(event);
        removeAll();
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        form.setI18n(i18n);
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
        add(new H1(getTranslation("login.title")), new Paragraph(getTranslation("login.intro")), form);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("login.title"));
    }

    @Override
    public Optional<String> translationPath() {
        return Optional.of(language.other().path(PATH));
    }
}
