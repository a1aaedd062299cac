package ru.rosnou.international.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.web.SiteAddresses;

/**
 * Keeps an editor in the language they were reading in across signing in and out. The login form posts to
 * one address for both languages, so the English form adds {@code ?lang=en} to it.
 */
public final class SignInLanguage {

    public static final String PARAMETER = "lang";

    private SignInLanguage() {}

    /** The address the login form posts to, in the given language. */
    public static String formAction(Language language) {
        return language == Language.EN
                ? SiteAddresses.WORKSPACE_LOGIN + "?" + PARAMETER + "=" + Language.EN.code()
                : SiteAddresses.WORKSPACE_LOGIN;
    }

    static Language of(HttpServletRequest request) {
        return Language.ofCode(request.getParameter(PARAMETER));
    }

    /** The login page in the language of the attempt, with a reason such as {@code error} or {@code blocked}. */
    static String loginPage(HttpServletRequest request, @Nullable String reason) {
        return "/" + of(request).path(SiteAddresses.WORKSPACE_LOGIN) + (reason == null ? "" : "?" + reason);
    }

    /**
     * After signing in: the page asked for before (Vaadin's own choice), or when there was none, the workspace's
     * home in the form's language.
     */
    static final class SuccessHandler extends VaadinSavedRequestAwareAuthenticationSuccessHandler {
        SuccessHandler() {
            setDefaultTargetUrl("/" + SiteAddresses.WORKSPACE);
        }

        @Override
        protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
            String target = super.determineTargetUrl(request, response);
            return target.equals(getDefaultTargetUrl())
                    ? "/" + of(request).path(SiteAddresses.WORKSPACE)
                    : withinSite(target, request.getContextPath());
        }
    }

    /**
     * The saved page's path and query without its scheme and host, which came from the request's headers (Host,
     * X-Forwarded-Host) and so from whoever sent it: signing in never leads to another site.
     */
    static String withinSite(String savedUrl, String contextPath) {
        URI uri;
        try {
            uri = URI.create(savedUrl);
        } catch (IllegalArgumentException malformed) {
            return "/";
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!contextPath.isEmpty() && path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        // "//evil.example" would be read as another host.
        path = "/" + path.replaceAll("^/+", "");
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    static final class FailureHandler implements AuthenticationFailureHandler {
        private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

        @Override
        public void onAuthenticationFailure(
                HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
                throws IOException {
            // A form posted from another site is refused without a reason: its page names none.
            String reason = exception instanceof SignInProvider.SignInRefused refused
                    ? refused.reason()
                    : SignInRefusal.ERROR.parameter();
            redirect.sendRedirect(request, response, loginPage(request, reason));
        }
    }

    /** After signing out: the public home page in the language of the page the editor left. */
    static final class SignedOutHandler extends SimpleUrlLogoutSuccessHandler {
        SignedOutHandler() {
            setRedirectStrategy(new UidlRedirectStrategy());
        }

        @Override
        protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
            UI ui = UI.getCurrent();
            Language language = ui == null || ui.getActiveViewLocation() == null
                    ? Language.RU
                    : Language.ofPath(ui.getActiveViewLocation().getPath());
            return "/" + language.path("");
        }
    }
}
