package ru.rosnou.international.accessibility.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import ru.rosnou.international.accessibility.domain.ReadingSettings;
import ru.rosnou.international.accessibility.domain.ReadingSettingsCodec;

/** The first-party cookie that remembers a visitor's reading settings for a year, and nothing else. */
public final class SettingsCookie {

    public static final String NAME = "a11y";
    static final int MAX_AGE_SECONDS = (int) Duration.ofDays(365).toSeconds();

    private SettingsCookie() {
    }

    public static ReadingSettings read(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return ReadingSettings.DEFAULTS;
        }
        return Arrays.stream(request.getCookies())
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
        Cookie cookie = new Cookie(NAME, ReadingSettingsCodec.format(settings));
        cookie.setPath(contextPath(request));
        cookie.setMaxAge(MAX_AGE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(request != null && request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static String contextPath(VaadinRequest request) {
        String path = request == null ? "" : request.getContextPath();
        return path == null || path.isEmpty() ? "/" : path;
    }
}
