package ru.rosnou.international.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import ru.rosnou.international.base.web.CrossSiteRequests;

/**
 * What the sign-in needs to know about the request that carries it: the client's address (from trusted
 * proxies only, see docs/operations.md) and whether the form was posted from another site. Checked during
 * authentication itself, so that no spelling of the login address can go around the checks.
 */
final class SignInRequestDetails extends WebAuthenticationDetails {

    private final boolean crossSite;

    SignInRequestDetails(HttpServletRequest request) {
        super(request);
        this.crossSite = isCrossSite(request);
    }

    boolean crossSite() {
        return crossSite;
    }

    /** Vaadin leaves its login page out of Spring's CSRF tokens, so the browser's own word is taken instead. */
    static boolean isCrossSite(HttpServletRequest request) {
        return CrossSiteRequests.isCrossSite(request);
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o) && o instanceof SignInRequestDetails other && other.crossSite == crossSite;
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + Boolean.hashCode(crossSite);
    }
}
