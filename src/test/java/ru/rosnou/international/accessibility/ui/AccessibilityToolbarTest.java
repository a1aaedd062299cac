package ru.rosnou.international.accessibility.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import elemental.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.rosnou.international.KaribuTest;
import ru.rosnou.international.accessibility.domain.ReadingSettings.ColourScheme;
import ru.rosnou.international.accessibility.domain.ReadingSettings.FontScale;
import ru.rosnou.international.base.ui.Announcer;
import ru.rosnou.international.base.ui.Figure;
import ru.rosnou.international.base.ui.ListenControl;
import ru.rosnou.international.site.MainLayout;

class AccessibilityToolbarTest extends KaribuTest {

    @Test
    void theEntryControlOpensALabelledRegionOfSixSettingsAndItsActions() {
        navigate("en");
        AccessibilityToolbar toolbar = _get(MainLayout.class).toolbar();
        NativeButton entry = toolbar.entryControl();
        assertThat(entry.getText()).isEqualTo("Version for the visually impaired");
        assertThat(entry.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(entry.getElement().getAttribute("aria-controls"))
                .as("a closed live panel is not in the page: nothing to name")
                .isNull();
        assertThat(toolbar.isVisible()).isFalse();

        ButtonKt._click(entry);

        assertThat(toolbar.isVisible()).isTrue();
        assertThat(entry.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(entry.getElement().getAttribute("aria-controls")).isEqualTo("a11y-panel");
        assertThat(toolbar.getElement().getTag()).isEqualTo("section");
        assertThat(toolbar.getElement().getAttribute("aria-label")).isEqualTo("Version for the visually impaired");
        assertThat(legends(toolbar))
                .containsExactly("Font size", "Letter spacing", "Line height", "Font", "Colour scheme", "Images");
        assertThat(_find(toolbar, NativeButton.class))
                .extracting(NativeButton::getText)
                .containsExactly("Reset", "Normal version", "Close");
        assertThat(radio(toolbar, "font-scale", "100").getProperty("checked", false))
                .isTrue();
    }

    @Test
    void aChoiceAppliesIsCheckedAndIsAnnouncedInThePageLanguage() {
        navigate("en");
        AccessibilityToolbar toolbar = open();

        choose(toolbar, "font-scale", "150");

        assertThat(toolbar.settings().fontScale()).isEqualTo(FontScale.PERCENT_150);
        assertThat(toolbar.settings().enabled()).isTrue();
        assertThat(radio(toolbar, "font-scale", "150").getProperty("checked", false))
                .isTrue();
        assertThat(radio(toolbar, "font-scale", "100").getProperty("checked", true))
                .isFalse();
        assertThat(_get(Announcer.class).getText()).isEqualTo("Font size 150%");

        choose(toolbar, "scheme", "white-on-black");
        assertThat(_get(Announcer.class).getText()).isEqualTo("Colour scheme White on black");

        navigate("");
        AccessibilityToolbar russian = _get(MainLayout.class).toolbar();
        assertThat(russian.entryControl().getText()).isEqualTo("Версия для слабовидящих");
        assertThat(legends(russian)).startsWith("Размер шрифта", "Межбуквенный интервал");
        choose(russian, "line-height", "2.5");
        assertThat(_get(Announcer.class).getText()).isEqualTo("Межстрочный интервал: 2,5");
        assertThat(russian.settings().colourScheme())
                .as("kept across navigation")
                .isEqualTo(ColourScheme.WHITE_ON_BLACK);
    }

    @Test
    void resetCloseAndTheNormalVersionKeepOrRestoreTheReadersChoices() {
        navigate("en");
        AccessibilityToolbar toolbar = open();
        choose(toolbar, "font-scale", "200");

        ButtonKt._click(button(toolbar, "Close"));
        assertThat(toolbar.isVisible()).isFalse();
        assertThat(toolbar.settings().fontScale()).as("closing keeps settings").isEqualTo(FontScale.PERCENT_200);

        ButtonKt._click(toolbar.entryControl());
        ButtonKt._click(button(toolbar, "Normal version"));
        assertThat(toolbar.isVisible()).isFalse();
        assertThat(toolbar.settings().enabled()).isFalse();
        assertThat(toolbar.settings().htmlAttributes()).containsOnlyKeys("data-a11y");
        assertThat(_get(Announcer.class).getText()).isEqualTo("Normal version of the site");

        ButtonKt._click(toolbar.entryControl());
        assertThat(toolbar.settings().enabled()).isTrue();
        assertThat(toolbar.settings().fontScale()).as("last choices come back").isEqualTo(FontScale.PERCENT_200);
        assertThat(_get(Announcer.class).getText()).isEqualTo("Version for the visually impaired is on");

        ButtonKt._click(button(toolbar, "Reset"));
        assertThat(toolbar.settings().fontScale()).isEqualTo(FontScale.PERCENT_100);
        assertThat(radio(toolbar, "font-scale", "100").getProperty("checked", false))
                .isTrue();
        assertThat(_get(Announcer.class).getText()).isEqualTo("Settings are back to their defaults");
    }

    @Test
    void onArticlePagesHiddenImagesCanBeShownOneByOneAndTheArticleCanBeHeard() {
        navigate("en/info-center/inform/v-rosnou-otkrylsya-tsentr-stran-tikhookeanskogo-regiona");

        Figure figure = _get(Figure.class);
        // A link to the article with that image shown, so that it works without script too.
        Anchor show = _get(figure, Anchor.class, spec -> spec.withText("Show image"));
        assertThat(show.getHref())
                .isEqualTo("en/info-center/inform/v-rosnou-otkrylsya-tsentr-stran-tikhookeanskogo-regiona"
                        + "?show-image=1#figure-1");
        assertThat(figure.getId()).hasValue("figure-1");
        assertThat(_get(figure, Paragraph.class).getText()).startsWith("Image: ");
        navigate("en/info-center/inform/v-rosnou-otkrylsya-tsentr-stran-tikhookeanskogo-regiona?show-image=1");
        figure = _get(Figure.class);
        assertThat(figure.hasClassName("image-revealed")).isTrue();
        assertThat(_get(figure, Anchor.class).getText()).isEqualTo("Hide image");

        ListenControl listen = _get(ListenControl.class);
        assertThat(_find(listen, NativeButton.class))
                .extracting(NativeButton::getText)
                .containsExactly("Listen", "Pause", "Stop");
        NativeButton pause = _get(listen, NativeButton.class, spec -> spec.withText("Pause"));
        // Pressing it is the reader script's (pages arrive as first responses): OneWayIT and ToolbarIT press it.
        assertThat(pause.getElement().getAttribute("aria-pressed")).isEqualTo("false");

        navigate("en");
        assertThat(_find(ListenControl.class)).as("only on article pages").isEmpty();
    }

    private static AccessibilityToolbar open() {
        AccessibilityToolbar toolbar = _get(MainLayout.class).toolbar();
        ButtonKt._click(toolbar.entryControl());
        return toolbar;
    }

    private static List<String> legends(AccessibilityToolbar toolbar) {
        return toolbar.getElement()
                .getChild(0)
                .getChildren()
                .map(fieldset -> fieldset.getChild(0).getText())
                .toList();
    }

    private static Element radio(AccessibilityToolbar toolbar, String group, String value) {
        return toolbar.getElement()
                .getChild(0)
                .getChildren()
                .filter(fieldset -> ("a11y-group-" + group).equals(fieldset.getAttribute("id")))
                .flatMap(fieldset -> fieldset.getChild(1).getChildren())
                .map(label -> label.getChild(0))
                .filter(input -> value.equals(input.getAttribute("value")))
                .findFirst()
                .orElseThrow();
    }

    private static void choose(AccessibilityToolbar toolbar, String group, String value) {
        Element input = radio(toolbar, group, value);
        ElementUtilsKt._fireDomEvent(input, new DomEvent(input, "change", Json.createObject()));
    }

    private static NativeButton button(AccessibilityToolbar toolbar, String text) {
        return _get(toolbar, NativeButton.class, spec -> spec.withText(text));
    }
}
