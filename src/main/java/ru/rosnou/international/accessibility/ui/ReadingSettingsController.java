package ru.rosnou.international.accessibility.ui;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.rosnou.international.accessibility.domain.ReadingSetting;
import ru.rosnou.international.accessibility.domain.ReadingSettings;
import ru.rosnou.international.accessibility.domain.ReadingSettings.Choice;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.web.CrossSiteRequests;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.base.web.UnavailablePage;

/**
 * Where the toolbar of a page without Vaadin's client sends its choices. With JavaScript off the reader's form
 * arrives here and the answer leads back to the page, now drawn in the new settings; the reader script sends
 * each choice as it is made and applies the answer at once, announcing it. Either way the settings live only in
 * the reader's {@code a11y} cookie: the server keeps nothing, so these pages need no session (and so carry no
 * CSRF token: a form posted from another site is refused by the browser's own word instead).
 */
@Controller
public class ReadingSettingsController {

    public static final String PATH = SiteAddresses.READING_SETTINGS;

    private final I18NProvider i18n;

    public ReadingSettingsController(I18NProvider i18n) {
        this.i18n = i18n;
    }

    /** What the reader script applies: the html attributes, the checked value of each group and what to say. */
    public record Applied(
            Map<String, String> attributes, List<String> names, Map<String, String> checked, String message) {}

    @PostMapping(value = "/" + PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Applied> applyAtOnce(
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "/") String back,
            @RequestParam Map<String, String> fields,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (CrossSiteRequests.isCrossSite(request)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        if (!readable(back)) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();
        }
        Change change = store(action, safeBack(back), fields, request, response);
        ReadingSettings shown = change.settings();
        Map<String, String> checked = new LinkedHashMap<>();
        for (ReadingSetting setting : ReadingSetting.values()) {
            checked.put(setting.pageName(), shown.get(setting).code());
        }
        return ResponseEntity.ok()
                .header("Cache-Control", "no-store")
                .body(new Applied(
                        shown.htmlAttributes(), ReadingSettings.HTML_ATTRIBUTE_NAMES, checked, change.message()));
    }

    /** The same form without JavaScript: the settings are stored and the reader goes back to the page. */
    @PostMapping("/" + PATH)
    public @Nullable ResponseEntity<Void> applyAndReturn(
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "/") String back,
            @RequestParam Map<String, String> fields,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        if (CrossSiteRequests.isCrossSite(request)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        if (!readable(back)) {
            // A page address that is no address (a space, a bad escape, a fragment): say so, and go nowhere.
            UnavailablePage.sendBadRequest(request, response);
            return null;
        }
        String page = safeBack(back);
        store(action, page, fields, request, response);
        boolean stayOpen = ToolbarAction.parse(action)
                .map(asked -> asked != ToolbarAction.CLOSE && asked != ToolbarAction.NORMAL)
                .orElse(true);
        String target = request.getContextPath() + page;
        if (stayOpen) {
            target += (target.contains("?") ? "&" : "?") + "a11y=open#" + AccessibilityToolbar.PANEL_ID;
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(target))
                .build();
    }

    /** Applies the action to the reader's stored settings and stores the result in the cookie. */
    private Change store(
            String action,
            String page,
            Map<String, String> fields,
            HttpServletRequest request,
            HttpServletResponse response) {
        ReadingSettings stored = SettingsCookie.read(request);
        Change change = change(action, fields, stored, Language.ofPath(page));
        // Opening or closing the toolbar changes nothing: no cookie is written that could race with another.
        if (!change.settings().equals(stored)) {
            SettingsCookie.write(request, response, change.settings());
        }
        return change;
    }

    private Change change(String action, Map<String, String> fields, ReadingSettings stored, Language language) {
        Optional<ToolbarAction> asked = ToolbarAction.parse(action);
        if (asked.isEmpty()) {
            return new Change(stored, "");
        }
        return switch (asked.get()) {
            case CHOOSE -> {
                Optional<ReadingSetting> setting = ReadingSetting.named(fields.getOrDefault("setting", ""));
                yield setting.flatMap(s -> s.value(fields.getOrDefault("value", "")))
                        .map(choice -> new Change(stored.with(choice), announcement(setting.get(), choice, language)))
                        .orElse(new Change(stored, ""));
            }
            case RESET -> new Change(stored.reset().withEnabled(true), text("a11y.announce.reset", language));
            case NORMAL -> new Change(stored.withEnabled(false), text("a11y.announce.normal", language));
            case OPEN ->
                stored.chosen() && !stored.enabled()
                        // Switching the version back on restores the reader's last choices.
                        ? new Change(stored.withEnabled(true), text("a11y.announce.on", language))
                        : new Change(stored, "");
            case APPLY -> new Change(fromForm(fields, stored), text("a11y.announce.saved", language));
            case CLOSE -> new Change(stored, "");
        };
    }

    private static ReadingSettings fromForm(Map<String, String> fields, ReadingSettings stored) {
        ReadingSettings settings = stored.withEnabled(true);
        for (ReadingSetting setting : ReadingSetting.values()) {
            Optional<Choice> choice = setting.value(fields.getOrDefault(setting.formField(), ""));
            if (choice.isPresent()) {
                settings = settings.with(choice.get());
            }
        }
        return settings;
    }

    private String announcement(ReadingSetting setting, Choice choice, Language language) {
        return i18n.getTranslation(
                "a11y.announce",
                language.locale(),
                text(setting.labelKey(), language),
                text(setting.labelKey(choice), language));
    }

    private String text(String key, Language language) {
        return i18n.getTranslation(key, language.locale());
    }

    /** Whether the page address can be read as a path and query of a URI (no space, bad escape or fragment). */
    static boolean readable(String back) {
        if (back.indexOf('#') >= 0) {
            return false;
        }
        try {
            new URI(back);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Only a path of this site: anything else (another host, a scheme) goes back to the home page. */
    static String safeBack(String back) {
        if (back == null
                || !back.startsWith("/")
                || back.startsWith("//")
                || back.startsWith("/\\")
                || back.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return back;
    }

    private record Change(ReadingSettings settings, String message) {}
}
