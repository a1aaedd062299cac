package ru.rosnou.international.base.web;

/**
 * The security headers' values. Two Content-Security-Policies: the reading pages that arrive complete
 * (FirstResponsePages) run one script of the site's own and no inline script or style, so they get a strict
 * policy; Vaadin's live pages (the workspace, the login) need {@code 'unsafe-inline'} for the inline script that
 * starts Flow's client, {@code 'unsafe-eval'} for the functions it builds from what the server sends, and inline
 * styles for its components (Vaadin's documentation, "Content Security Policy"), so they get those and nothing
 * more. Neither may be framed, and neither loads anything from another site.
 */
public final class SecurityHeaders {

    private static final String COMMON = "default-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /** For pages without Vaadin's client: the site's own scripts and styles only. */
    public static final String READING_PAGE_POLICY =
            COMMON + "; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'";

    /** For Vaadin's live pages: what Flow's client and Lumo need. */
    public static final String LIVE_PAGE_POLICY = COMMON
            + "; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'"
            + "; img-src 'self' data: blob:; font-src 'self' data:";

    /** Everything the site does not use is denied; copying an article's link to the clipboard is its own. */
    public static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "publickey-credentials-get=(), usb=(), xr-spatial-tracking=(), clipboard-write=(self)";

    private SecurityHeaders() {}
}
