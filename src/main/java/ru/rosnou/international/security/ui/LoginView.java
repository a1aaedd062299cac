package ru.rosnou.international.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.ComponentTexts;
import ru.rosnou.international.base.ui.LanguageView;
import ru.rosnou.international.base.ui.PageTitles;
import ru.rosnou.international.base.ui.TranslatablePage;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.security.SignInLanguage;
import ru.rosnou.international.security.SignInRefusal;
import ru.rosnou.international.security.service.SignInGuard;
import ru.rosnou.international.security.service.SignInThrottle;

/** Sign-in to the editors' workspace: a plain, labelled form in the site's frame, toolbar included. */
@Route(value = LoginView.PATH)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle, TranslatablePage {

    public static final String PATH = SiteAddresses.WORKSPACE_LOGIN;

    private final LoginForm form = new LoginForm();
    private Language language = Language.RU;
    private boolean refused;

    private final SignInThrottle throttle;

    /**
     * The English login page is a route of its own, so that {@link EnglishLoginForward} can send readers of
     * English workspace pages to it instead of to the Russian one that Vaadin's access control knows.
     */
    @Route(value = SiteAddresses.EN + PATH)
    @AnonymousAllowed
    public static class EnglishLoginView extends LoginView {
        public EnglishLoginView(SignInThrottle throttle) {
            super(throttle);
        }
    }

    public LoginView(SignInThrottle throttle) {
        this.throttle = throttle;
        addClassName("login-page");
        form.setForgotPasswordButtonVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        language = LanguageView.of(event);
        removeAll();
        ComponentTexts.loginForm(form);
        form.setAction(SignInLanguage.formAction(language));
        add(new H1(getTranslation("login.title")), new Paragraph(getTranslation("login.intro")));

        var parameters = event.getLocation().getQueryParameters().getParameters();
        Optional<SignInRefusal> reason = SignInRefusal.named(parameters.keySet());
        refused = reason.isPresent();
        reason.ifPresent(why -> add(refusal(why)));
        // The form would put the cursor in the user name field and a screen reader would never reach the reason.
        form.getElement().setProperty("noAutofocus", refused);
        Paragraph required = new Paragraph(getTranslation("form.allRequired.marked"));
        required.addClassName("form-required-note");
        add(required, form);
    }

    /**
     * Why the sign-in was refused, outside the form: the form's own error box is neither announced nor in reach
     * of the page's headings. The page arrives anew after the refusal, so focus is put on it, as the ask form
     * does with its error summary, and the window title starts with "Error".
     */
    private Section refusal(SignInRefusal why) {
        H2 heading = new H2(getTranslation("login.error.title"));
        heading.setId("login-error-heading");
        Section refusal = new Section(
                heading,
                new Paragraph(getTranslation(
                        why.messageKey(),
                        why == SignInRefusal.PAUSED
                                ? SignInGuard.PAUSE.toMinutes()
                                : throttle.window().toMinutes())));
        refusal.setId("login-error");
        refusal.addClassName("error-summary");
        refusal.getElement().setAttribute("tabindex", "-1");
        refusal.getElement().setAttribute("aria-labelledby", "login-error-heading");
        // On a fresh page the section is not laid out yet when Flow runs this; focus it on the next frame.
        refusal.getElement().executeJs("requestAnimationFrame(() => this.focus());");
        return refusal;
    }

    @Override
    public String getPageTitle() {
        String title = getTranslation("login.title");
        return PageTitles.of(refused ? getTranslation("form.error.title", title) : title);
    }

    @Override
    public Optional<String> translationPath() {
        return Optional.of(language.other().path(PATH));
    }
}
