package ru.rosnou.international.accessibility.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import ru.rosnou.international.accessibility.domain.ReadingSetting;
import ru.rosnou.international.accessibility.domain.ReadingSettings;
import ru.rosnou.international.accessibility.domain.ReadingSettings.Choice;

/**
 * The "version for the visually impaired": an entry button in the header and a labelled region of
 * native radio groups (one Tab stop per setting, arrow keys between values, state exposed as checked).
 * A change applies at once, is remembered in the settings cookie and is announced in the page's live region.
 * Its listeners serve the live workspace's frame; on reading pages, which arrive as first responses, it is a form
 * ({@link #prepareForDocument}) that {@code reader.js} makes instant.
 */
public class AccessibilityToolbar extends Section {

    public static final String PANEL_ID = "a11y-panel";

    /** Glasses, the sign of the version for the visually impaired on Russian sites; drawn in the text's colour. */
    private static final String GLASSES = "<span class=\"a11y-icon\" aria-hidden=\"true\"><svg viewBox=\"0 0 24 24\""
            + " width=\"24\" height=\"24\" focusable=\"false\"><circle cx=\"6\" cy=\"15\" r=\"4\"/>"
            + "<circle cx=\"18\" cy=\"15\" r=\"4\"/><path d=\"M10 15c1-1.3 3-1.3 4 0M2 15l2.5-8h2M22 15l-2.5-8h-2\"/>"
            + "</svg></span>";

    private final NativeButton entry = new NativeButton();
    private final NativeButton normalEntry = new NativeButton();
    private final Consumer<String> announcer;
    private final List<Radio> radios = new ArrayList<>();
    /** The panel's buttons (Reset, Normal version, Close), by the action each sends. */
    private final Map<ToolbarAction, NativeButton> actionButtons = new EnumMap<>(ToolbarAction.class);

    private ReadingSettings settings;

    public AccessibilityToolbar(Consumer<String> announcer) {
        this.announcer = announcer;
        this.settings = SettingsCookie.read(VaadinRequest.getCurrent());
        setId(PANEL_ID);
        addClassName("a11y-panel");
        entry.setId("a11y-entry");
        entry.addClassName("a11y-entry");
        entry.addClickListener(click -> toggle());
        // "Normal version" stays in the header while the version is on (the stylesheet shows it only then), as on
        // other Russian university sites: one step back, without opening the panel.
        normalEntry.setId("a11y-normal-entry");
        normalEntry.addClassName("a11y-entry");
        normalEntry.addClassName("a11y-normal-entry");
        normalEntry.addClickListener(click -> normalVersion());
        // As in the dialogs: Escape inside the panel closes it and returns to its button.
        Shortcuts.addShortcutListener(this, this::close, Key.ESCAPE).listenOn(this);
        setOpen(false);
    }

    /** The header control that opens and closes the toolbar. */
    public NativeButton entryControl() {
        return entry;
    }

    /** The header control that switches the version off, shown while it is on. */
    public NativeButton normalControl() {
        return normalEntry;
    }

    public ReadingSettings settings() {
        return settings;
    }

    public boolean isOpen() {
        return isVisible();
    }

    /** (Re)builds the texts in the UI's current language. */
    public void localize() {
        entry.setText(getTranslation("a11y.entry"));
        // The familiar glasses beside the words (never instead of them), hidden from screen readers.
        entry.addComponentAsFirst(new Html(GLASSES));
        normalEntry.setText(getTranslation("a11y.normal"));
        getElement().setAttribute("aria-label", getTranslation("a11y.entry"));
        removeAll();
        radios.clear();
        Div groups = new Div();
        for (ReadingSetting setting : ReadingSetting.values()) {
            groups.getElement().appendChild(group(setting));
        }
        groups.addClassName("a11y-groups");
        actionButtons.clear();
        Div actions = new Div(
                button(ToolbarAction.RESET, this::reset),
                button(ToolbarAction.NORMAL, this::normalVersion),
                button(ToolbarAction.CLOSE, this::close));
        actions.addClassName("a11y-actions");
        add(groups, actions);
        syncRadios();
    }

    private Element group(ReadingSetting setting) {
        String name = setting.pageName();
        Element fieldset = new Element("fieldset");
        fieldset.getClassList().add("a11y-group");
        fieldset.setAttribute("id", "a11y-group-" + name);
        Element legend = new Element("legend");
        legend.setText(getTranslation(setting.labelKey()));
        fieldset.appendChild(legend);
        Element options = new Element("div");
        options.getClassList().add("a11y-options");
        for (Choice value : setting.choices()) {
            Element input = new Element("input");
            input.setAttribute("type", "radio");
            input.setAttribute("name", setting.formField());
            input.setAttribute("value", value.code());
            input.setAttribute("id", setting.formField() + "-" + value.code().replace('.', '-'));
            input.addEventListener("change", event -> choose(setting, value));
            Element text = new Element("span");
            text.setText(getTranslation(setting.labelKey(value)));
            Element label = new Element("label");
            label.getClassList().add("a11y-option");
            label.appendChild(input);
            if (setting == ReadingSetting.SCHEME) {
                // A sample of the scheme's own colours; the text label carries the name.
                Element swatch = new Element("span");
                swatch.getClassList().add("scheme-swatch");
                swatch.setAttribute("data-swatch", value.code());
                swatch.setAttribute("aria-hidden", "true");
                swatch.setText("Aa");
                label.appendChild(swatch);
            }
            label.appendChild(text);
            options.appendChild(label);
            radios.add(new Radio(input, value));
        }
        fieldset.appendChild(options);
        return fieldset;
    }

    /**
     * Turns the toolbar into plain HTML forms for a page that arrives without Vaadin's client: the header button
     * posts "open" or "close", the panel posts the chosen values with Apply, Reset, Normal version or Close, and
     * the answer leads back to the page (see {@code ReadingSettingsController}). The reader script sends the
     * same fields as each choice is made, so with JavaScript the toolbar is as instant as the live one.
     *
     * @param pageAddress the page's path and query, to come back to
     * @param open whether the address asked for the toolbar open ({@code ?a11y=open})
     */
    public void prepareForDocument(String pageAddress, boolean open) {
        Element entryElement = entry.getElement();
        Element slot = entryElement.getParent();
        Element opener = postForm("a11y-opener", pageAddress);
        opener.appendChild(hidden("action", (open ? ToolbarAction.CLOSE : ToolbarAction.OPEN).value()));
        slot.insertChild(slot.indexOfChild(entryElement), opener);
        opener.appendChild(entryElement);
        entryElement.setAttribute("type", "submit");
        Element normalElement = normalEntry.getElement();
        Element normalForm = postForm("a11y-normal-form", pageAddress);
        normalForm.appendChild(hidden("action", ToolbarAction.NORMAL.value()));
        slot.insertChild(slot.indexOfChild(normalElement), normalForm);
        normalForm.appendChild(normalElement);
        normalElement.setAttribute("type", "submit");

        setVisible(true);
        // Here the panel is in the page even while closed (hidden), so the button always names it.
        entryElement.setAttribute("aria-controls", PANEL_ID);
        entryElement.setAttribute("aria-expanded", Boolean.toString(open));
        if (!open) {
            getElement().setAttribute("hidden", true);
        }
        Element form = postForm("a11y-form", pageAddress);
        // What the reader script says if a choice cannot be saved (the connection is lost).
        form.setAttribute("data-error", getTranslation("a11y.error"));
        List<Element> content = getElement().getChildren().toList();
        content.forEach(Element::removeFromParent);
        content.forEach(form::appendChild);
        getElement().appendChild(form);
        for (Radio radio : radios) {
            if (isCurrent(radio.value())) {
                radio.input().setAttribute("checked", true);
            }
        }
        submitButtons(form);
    }

    /** Apply first, then the toolbar's own buttons, each sending its action with the form. */
    private void submitButtons(Element form) {
        Element actions = form.getChildren()
                .filter(e -> e.getClassList().contains("a11y-actions"))
                .findFirst()
                .orElseThrow();
        Element apply = new Element("button");
        apply.setText(getTranslation(ToolbarAction.APPLY.labelKey()));
        apply.getClassList().add("a11y-button");
        apply.getClassList().add("a11y-apply");
        actions.insertChild(0, apply);
        sends(apply, ToolbarAction.APPLY);
        actionButtons.forEach((action, button) -> sends(button.getElement(), action));
    }

    private static void sends(Element button, ToolbarAction action) {
        button.setAttribute("type", "submit");
        button.setAttribute("name", "action");
        button.setAttribute("value", action.value());
    }

    private static Element postForm(String className, String pageAddress) {
        Element form = new Element("form");
        form.getClassList().add(className);
        form.setAttribute("method", "post");
        form.setAttribute("action", ReadingSettingsController.PATH);
        form.appendChild(hidden("back", pageAddress));
        return form;
    }

    private static Element hidden(String name, String value) {
        Element input = new Element("input");
        input.setAttribute("type", "hidden");
        input.setAttribute("name", name);
        input.setAttribute("value", value);
        return input;
    }

    private NativeButton button(ToolbarAction action, Runnable run) {
        NativeButton button = new NativeButton(getTranslation(action.labelKey()), click -> run.run());
        button.setId(action.elementId());
        button.addClassName("a11y-button");
        actionButtons.put(action, button);
        return button;
    }

    void choose(ReadingSetting setting, Choice value) {
        update(latest().with(value));
        announcer.accept(getTranslation(
                "a11y.announce", getTranslation(setting.labelKey()), getTranslation(setting.labelKey(value))));
    }

    void reset() {
        update(latest().reset().withEnabled(true));
        announcer.accept(getTranslation("a11y.announce.reset"));
    }

    void normalVersion() {
        update(latest().withEnabled(false));
        setOpen(false);
        entry.focus();
        announcer.accept(getTranslation("a11y.announce.normal"));
    }

    void close() {
        setOpen(false);
        entry.focus();
    }

    void toggle() {
        if (isOpen()) {
            setOpen(false);
            return;
        }
        ReadingSettings current = latest();
        if (current.chosen() && !current.enabled()) {
            // Switching the version back on restores the reader's last choices.
            update(current.withEnabled(true));
            announcer.accept(getTranslation("a11y.announce.on"));
        }
        setOpen(true);
    }

    private void setOpen(boolean open) {
        setVisible(open);
        entry.getElement().setAttribute("aria-expanded", Boolean.toString(open));
        // Live, a closed panel is not in the page at all: the button names it only while it is there.
        if (open) {
            entry.getElement().setAttribute("aria-controls", PANEL_ID);
        } else {
            entry.getElement().removeAttribute("aria-controls");
        }
    }

    /** The settings as the browser last stored them (another tab may have changed them), else ours. */
    private ReadingSettings latest() {
        VaadinRequest request = VaadinRequest.getCurrent();
        ReadingSettings fromCookie = SettingsCookie.read(request);
        return fromCookie.chosen() ? fromCookie : settings;
    }

    private void update(ReadingSettings next) {
        settings = next;
        SettingsCookie.write(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(), next);
        syncRadios();
        applyToPage(next);
    }

    private void syncRadios() {
        for (Radio radio : radios) {
            radio.input().setProperty("checked", isCurrent(radio.value()));
        }
    }

    private boolean isCurrent(Choice value) {
        return settings.get(ReadingSetting.of(value)) == value;
    }

    private static void applyToPage(ReadingSettings next) {
        Map<String, String> attributes = next.htmlAttributes();
        String set = attributes.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
        UI.getCurrent().getPage().executeJs("""
                const html = document.documentElement;
                $0.split(',').forEach(name => html.removeAttribute(name));
                $1.split(';').filter(Boolean).forEach(pair => {
                  const at = pair.indexOf('=');
                  html.setAttribute(pair.substring(0, at), pair.substring(at + 1));
                });""", String.join(",", ReadingSettings.HTML_ATTRIBUTE_NAMES), set);
    }

    private record Radio(Element input, Choice value) {}
}
