package ru.rosnou.international.base.i18n;

import java.util.Locale;

/**
 * The site's two languages. The URL decides the language: Russian lives at the root,
 * English under {@code /en/}, as on the university's real site.
 */
public enum Language {
    RU("ru", ""),
    EN("en", "en");

    private final String code;
    private final String pathPrefix;

    Language(String code, String pathPrefix) {
        this.code = code;
        this.pathPrefix = pathPrefix;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public Language other() {
        return this == RU ? EN : RU;
    }

    /** A site path (without leading slash) in this language: {@code en/association} or {@code association}. */
    public String path(String pathWithinLanguage) {
        String inner = pathWithinLanguage == null ? "" : pathWithinLanguage.replaceAll("^/+", "");
        if (pathPrefix.isEmpty()) {
            return inner;
        }
        return inner.isEmpty() ? pathPrefix : pathPrefix + "/" + inner;
    }

    /** The language of a site path such as {@code en/info-center/inform/x} (leading slash optional). */
    public static Language ofPath(String path) {
        String p = path == null ? "" : path.replaceAll("^/+", "");
        return p.equals("en") || p.startsWith("en/") || p.startsWith("en?") ? EN : RU;
    }

    public static Language ofCode(String code) {
        return "en".equalsIgnoreCase(code) ? EN : RU;
    }

    public static Language ofLocale(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : RU;
    }
}
