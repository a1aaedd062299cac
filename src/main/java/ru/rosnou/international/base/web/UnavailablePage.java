package ru.rosnou.international.base.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import ru.rosnou.international.base.i18n.Language;

/**
 * The page for "not now, try again shortly" (503 with Retry-After), for an address that cannot be read (400) and
 * for a reading page that failed to draw (500): plain HTML in the language of the address, needing nothing that may
 * be what is missing (the database, a session, Vaadin).
 */
public final class UnavailablePage {

    /** The interface bundles, as Vaadin's translation provider reads them. */
    private static final String BUNDLE = "vaadin-i18n/translations";

    private UnavailablePage() {}

    /** Sends the page; {@code link} is the text of a link to the home page in the address's language. */
    public static void send(
            HttpServletRequest request,
            HttpServletResponse response,
            int retryAfterSeconds,
            String title,
            String text,
            String link)
            throws IOException {
        response.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
        write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, title, text, link);
    }

    /**
     * "This address is written wrongly" (400) for an address or form value that cannot be read (a malformed
     * {@code %} escape, say): a small page, not the live page or a stack trace.
     */
    public static void sendBadRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(
                request,
                response,
                HttpServletResponse.SC_BAD_REQUEST,
                text(request, "unavailable.badAddress.title"),
                text(request, "unavailable.badAddress.text"),
                text(request, "unavailable.badAddress.link"));
    }

    /**
     * "Something went wrong" (500) for a reading page that could not be drawn: the apology of the live error page,
     * in the address's language, with the site's stylesheet when there is one; never a stack trace, never the live
     * page.
     */
    public static void sendServerError(
            HttpServletRequest request, HttpServletResponse response, @Nullable String stylesheet) throws IOException {
        write(
                request,
                response,
                HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                text(request, "error.title"),
                text(request, "error.text"),
                text(request, "notfound.home"),
                stylesheet);
    }

    /**
     * Sends the 503 page whose texts are {@code PAGE.title}, {@code PAGE.text} and {@code PAGE.link} in the
     * interface bundles, in the address's language.
     */
    public static void send(
            HttpServletRequest request, HttpServletResponse response, int retryAfterSeconds, String page)
            throws IOException {
        send(
                request,
                response,
                retryAfterSeconds,
                text(request, page + ".title"),
                text(request, page + ".text"),
                text(request, page + ".link"));
    }

    /**
     * An interface text in the address's language, read from the bundles directly: this page is sent when Vaadin
     * (whose translation provider the views use) may not be there to ask.
     */
    static String text(HttpServletRequest request, String key) {
        Locale locale = SiteAddresses.languageOf(request).locale();
        return ResourceBundle.getBundle(
                        BUNDLE,
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
    }

    private static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String title,
            String text,
            String link)
            throws IOException {
        write(request, response, status, title, text, link, null);
    }

    private static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String title,
            String text,
            String link,
            @Nullable String stylesheet)
            throws IOException {
        Language language = SiteAddresses.languageOf(request);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        // Nothing on it runs or loads: the strictest policy, whatever page the address would have been.
        response.setHeader("Content-Security-Policy", SecurityHeaders.READING_PAGE_POLICY);
        response.setContentType("text/html;charset=UTF-8");
        String home = request.getContextPath() + "/" + language.path(SiteAddresses.HOME);
        byte[] body = ("<!doctype html><html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                        + HtmlUtils.htmlEscape(title) + "</title>"
                        + (stylesheet == null
                                ? ""
                                : "<link rel=\"stylesheet\" href=\"" + HtmlUtils.htmlEscape(stylesheet) + "\">")
                        + "</head><body><main><h1>" + HtmlUtils.htmlEscape(title)
                        + "</h1><p>" + HtmlUtils.htmlEscape(text) + "</p><p><a href=\"" + home + "\">"
                        + HtmlUtils.htmlEscape(link) + "</a></p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(body);
        }
    }
}
