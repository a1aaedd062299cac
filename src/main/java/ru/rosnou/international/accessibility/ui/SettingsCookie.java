package ru.rosnou.international.accessibility.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import ru.rosnou.international.accessibility.domain.ReadingSettings;
import ru.rosnou.international.accessibility.domain.ReadingSettingsCodec;

/** The first-party cookie that remembers a visitor's reading settings for a year, and nothing else. */
public final class SettingsCookie {

    public static final String NAME = "a11y";
    static final int MAX_AGE_SECONDS = (int) Duration.ofDays(365).toSeconds();

    private SettingsCookie() {}

    public static ReadingSettings read(VaadinRequest request) {
        return request == null ? ReadingSettings.DEFAULTS : read(request.getCookies());
    }

    public static ReadingSettings read(HttpServletRequest request) {
        return read(request.getCookies());
    }

    private static ReadingSettings read(Cookie[] cookies) {
        if (cookies == null) {
            return ReadingSettings.DEFAULTS;
        }
        return Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .map(ReadingSettingsCodec::parse)
                .orElse(ReadingSettings.DEFAULTS);
    }

    public static void write(VaadinRequest request, VaadinResponse response, ReadingSettings settings) {
        if (response == null) {
            return;
        }
        response.addCookie(cookie(
                request == null ? "" : request.getContextPath(), request != null && request.isSecure(), settings));
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, ReadingSettings settings) {
        response.addCookie(cookie(request.getContextPath(), request.isSecure(), settings));
    }

    private static Cookie cookie(String contextPath, boolean secure, ReadingSettings settings) {
        Cookie cookie = new Cookie(NAME, ReadingSettingsCodec.format(settings));
        cookie.setPath(contextPath == null || contextPath.isEmpty() ? "/" : contextPath);
        cookie.setMaxAge(MAX_AGE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
