package ru.rosnou.international.base.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import ru.rosnou.international.base.i18n.Language;

/**
 * The site's addresses, each written once: the public pages, the editors' workspace, the addresses that are never
 * pages (files, Vaadin's own, the forms' targets), and how a request's path and language are read. An address here
 * is a site path without a leading slash, in Russian; its English twin is {@link #EN} before it
 * ({@code Language.path} builds either). The constants are compile-time constants so that routes and mappings can
 * name them: {@code @Route(SiteAddresses.ASK)}, {@code @RouteAlias(SiteAddresses.EN + SiteAddresses.ASK)}.
 *
 * <p>The features' paths live here too, although {@code base} knows no feature's classes: an address is a string
 * every layer needs (the filters below the features ask "is this the workspace?", "is this a file?"), and one table
 * shows which addresses are taken.
 */
public final class SiteAddresses {

    /** The English site's root ({@code /en}); its pages are under {@link #EN}. */
    public static final String EN_HOME = "en";

    /** What an English address starts with, before the Russian page's path. */
    public static final String EN = EN_HOME + "/";

    // The public pages.

    /** The news list, the site's home ("" is the root). */
    public static final String HOME = "";

    /** The news list under its old address, as on the university's site. */
    public static final String NEWS = "info-center/inform";

    /** An article: this, then its slug (a route template adds {@code :slug}). */
    public static final String ARTICLE = NEWS + "/";

    public static final String ASSOCIATION = "association";
    public static final String ASK = "ask";
    /** The confirmation of a sent question. */
    public static final String QUESTION_SENT = ASK + "/sent";

    public static final String FAQ = "faq";
    public static final String PRIVACY = "privacy";
    public static final String ACCESSIBILITY = "accessibility";
    public static final String SEARCH = "search";
    /** The events: the list, {@code events/<slug>} each event, {@code events.ics} the calendar of a language. */
    public static final String EVENTS = "events";
    /** The language's Atom feed of news. */
    public static final String FEED = "feed.atom";
    /** Where the accessibility toolbar posts the reader's settings (also without JavaScript). */
    public static final String READING_SETTINGS = "a11y";

    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";

    // The editors' workspace.

    /** The workspace's home; every workspace page is under it. */
    public static final String WORKSPACE = "editor";

    public static final String WORKSPACE_LOGIN = WORKSPACE + "/login";
    public static final String WORKSPACE_NEWS = WORKSPACE + "/news";
    public static final String WORKSPACE_QUESTIONS = WORKSPACE + "/questions";
    public static final String WORKSPACE_SOCIAL = WORKSPACE + "/social";
    public static final String WORKSPACE_USERS = WORKSPACE + "/users";
    /** Signing out (Spring Security's). */
    public static final String LOGOUT = "logout";

    // Files and Vaadin's own addresses.

    /** Uploaded images, by their public names. */
    public static final String MEDIA = "media/";

    /** Images that come with the site (the sample news' pictures). */
    public static final String IMAGES = "images/";

    /** The styles, script and icons, under content-hashed names. */
    public static final String ASSETS = "assets/";

    /** Vaadin's client, its requests and uploads. */
    public static final String VAADIN = "VAADIN/";

    /** Health and metrics (on the management port, and refused on the site's own). */
    public static final String ACTUATOR = "actuator";

    /** Addresses of files: no request for them makes a session. */
    public static final List<String> FILES = List.of(VAADIN, ASSETS, IMAGES, MEDIA);

    /**
     * Addresses that are never reading pages: the files, Vaadin's own and the forms' targets. (The workspace is live
     * but for its login page, a reading page: the route lookup tells them apart.)
     */
    public static final List<String> NOT_PAGES = Stream.concat(
                    FILES.stream(),
                    Stream.of("frontend/", "vaadinServlet/", "HEARTBEAT", READING_SETTINGS, LOGOUT, ACTUATOR + "/"))
            .toList();

    private SiteAddresses() {}

    /** Whether the site path (no leading slash) is a file's, which no session is made for. */
    public static boolean isFile(String sitePath) {
        return startsWithAny(sitePath, FILES);
    }

    /** Whether the site path (no leading slash) is anything but a reading page. */
    public static boolean isNotPage(String sitePath) {
        return startsWithAny(sitePath, NOT_PAGES);
    }

    /** Whether the site path (no leading slash) is in the editors' workspace, in either language. */
    public static boolean isWorkspace(String sitePath) {
        String inLanguage = sitePath.startsWith(EN) ? sitePath.substring(EN.length()) : sitePath;
        return inLanguage.equals(WORKSPACE)
                || inLanguage.startsWith(WORKSPACE + "/")
                || inLanguage.startsWith(WORKSPACE + "?");
    }

    /**
     * The request's path within the site as it was sent (not decoded), without the one slash it starts with:
     * {@code en/ask} for {@code /en/ask}.
     */
    public static String requestPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** The language of the request's address: English under {@code /en}, Russian everywhere else. */
    public static Language languageOf(HttpServletRequest request) {
        return Language.ofPath(requestPath(request));
    }

    /** A path without the slashes it starts or ends with ("" for the root or no path at all). */
    public static String trimSlashes(@Nullable String path) {
        if (path == null) {
            return "";
        }
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }

    private static boolean startsWithAny(String sitePath, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (sitePath.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
