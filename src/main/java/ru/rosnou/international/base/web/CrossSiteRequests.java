package ru.rosnou.international.base.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Tells a request sent by another site from one sent by this site's own pages, by the browser's word:
 * Sec-Fetch-Site where sent (all current browsers), else the Origin. Clients that send neither are not browsers
 * and cannot be used for cross-site request forgery. For the few forms that have no Spring CSRF token (the login
 * form, which Vaadin exempts, and the reading-settings form of pages that hold no session).
 */
public final class CrossSiteRequests {

    private CrossSiteRequests() {}

    public static boolean isCrossSite(HttpServletRequest request) {
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
}
