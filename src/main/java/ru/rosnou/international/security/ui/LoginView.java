package ru.rosnou.international.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.Optional;
import ru.rosnou.international.base.reading.PageAddress;
import ru.rosnou.international.base.reading.PageMetadata;
import ru.rosnou.international.base.reading.ReadsQuery;
import ru.rosnou.international.base.reading.UnlistedReadingView;
import ru.rosnou.international.base.ui.ErrorSummary;
import ru.rosnou.international.base.ui.NativeFields;
import ru.rosnou.international.base.ui.NativeForm;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.security.SignInLanguage;
import ru.rosnou.international.security.SignInRefusal;
import ru.rosnou.international.security.service.SignInGuard;
import ru.rosnou.international.security.service.SignInThrottle;

/**
 * Sign-in to the editors' workspace: a plain form in the site's frame, toolbar included, that arrives complete as
 * a reading page and loads no Vaadin client; Spring Security's form login takes the post. A refused attempt comes
 * back with its reason ({@code ?error}, {@code ?blocked}, ...) in a summary that takes focus, as the ask form's does.
 */
@Route(value = LoginView.PATH)
@AnonymousAllowed
@ReadsQuery({"error", "blocked", "paused", "slowed"})
public class LoginView extends UnlistedReadingView {

    public static final String PATH = SiteAddresses.WORKSPACE_LOGIN;

    /** Longer than any user name or password the accounts accept (bcrypt reads 72 bytes at most). */
    private static final int MAX_LENGTH = 200;

    private final SignInThrottle throttle;

    /**
     * The English login page is a route of its own, so that {@link EnglishLoginForward} can send readers of
     * English workspace pages to it instead of to the Russian one that Vaadin's access control knows.
     */
    @Route(value = SiteAddresses.EN + PATH)
    @AnonymousAllowed
    @ReadsQuery({"error", "blocked", "paused", "slowed"})
    public static class EnglishLoginView extends LoginView {
        public EnglishLoginView(SignInThrottle throttle) {
            super(throttle);
        }
    }

    public LoginView(SignInThrottle throttle) {
        this.throttle = throttle;
        addClassName("login-page");
    }

    @Override
    protected Optional<PageMetadata> render(PageAddress address) {
        String title = getTranslation("login.title");
        add(new H1(title), new Paragraph(getTranslation("login.intro")));
        Optional<SignInRefusal> refusal =
                SignInRefusal.named(address.query().getParameters().keySet());
        refusal.ifPresent(why -> add(refusal(why)));

        NativeFields fields = new NativeFields(this, "login", Map.of());
        NativeButton submit = new NativeButton(getTranslation("login.submit"));
        submit.setId("login-submit");
        submit.getElement().setAttribute("type", "submit");
        submit.addClassName("button-primary");
        Paragraph required = new Paragraph(getTranslation("form.allRequired"));
        required.addClassName("form-required-note");
        NativeForm form = new NativeForm(
                SignInLanguage.formAction(language()),
                required,
                fields.text(
                        "username",
                        "text",
                        "login.username",
                        null,
                        MAX_LENGTH,
                        Map.of("autocomplete", "username", "autocapitalize", "none", "spellcheck", "false")),
                fields.text(
                        "password",
                        "password",
                        "login.password",
                        null,
                        MAX_LENGTH,
                        Map.of("autocomplete", "current-password")),
                submit);
        form.setId("login-form");
        form.addClassName("login-form");
        add(form);

        return Optional.of(PageMetadata.website(
                refusal.isPresent() ? getTranslation("form.error.title", title) : title,
                getTranslation("login.intro"),
                language().path(PATH),
                Optional.of(language().other().path(PATH))));
    }

    /**
     * Why the sign-in was refused, above the form, as a summary that takes focus when the page arrives (the reader
     * script, as for every form sent back), so that a screen reader reads it first.
     */
    private ErrorSummary refusal(SignInRefusal why) {
        ErrorSummary summary = new ErrorSummary("login", getTranslation("login.error.title"))
                .message(getTranslation(
                        why.messageKey(),
                        why == SignInRefusal.PAUSED
                                ? SignInGuard.PAUSE.toMinutes()
                                : throttle.window().toMinutes()));
        summary.setId("login-error");
        return summary;
    }
}
