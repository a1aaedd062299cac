package ru.rosnou.international.editorial.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What the sign-in needs to know about the request that carries it: the client's address (from trusted
 * proxies only, see the README) and whether the form was posted from another site. Checked during
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

    /**
     * Vaadin leaves its login page out of Spring's CSRF tokens, so the browser's own word is taken instead:
     * Sec-Fetch-Site where sent (all current browsers), else the Origin. Clients that send neither are not
     * browsers and cannot be used for cross-site request forgery.
     */
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
            if (uri.getHost() == null) {
                return true;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return !uri.getHost().equalsIgnoreCase(request.getServerName()) || port != request.getServerPort();
        } catch (IllegalArgumentException e) {
            return true;
        }
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
