package ru.rosnou.international.editorial.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.rosnou.international.editorial.service.SignInThrottle;

/**
 * Stands before the login form's POST. Refuses it when it comes from another site (Vaadin leaves the login
 * page out of Spring's CSRF tokens, so the browser's Sec-Fetch-Site and Origin headers are checked instead) and
 * when the client's address has failed too often; neither reaches the password check.
 */
final class SignInGuard extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    SignInGuard(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + "/" + LoginView.PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isCrossSite(request)) {
            redirect.sendRedirect(request, response, SignInLanguage.loginPage(request, null));
        } else if (throttle.isBlocked(request.getRemoteAddr())) {
            redirect.sendRedirect(request, response, SignInLanguage.loginPage(request, "blocked"));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** A browser says where a form came from; clients that send neither header cannot be used for CSRF. */
    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !fetchSite.equals("same-origin") && !fetchSite.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            return uri.getAuthority() == null || !uri.getAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
