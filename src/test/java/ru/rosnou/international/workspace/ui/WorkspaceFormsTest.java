package ru.rosnou.international.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.rosnou.international.KaribuTest;

/**
 * The workspace's forms after a failed submit and before: the error summary's links lead to the page itself, its
 * heading sits one level below its section's, the window title says "Error", the required mark is explained, and
 * Vaadin's components carry the page's language.
 */
class WorkspaceFormsTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    ru.rosnou.international.social.service.SocialProfileService social;

    private static String title() {
        return UI.getCurrent().getInternals().getTitle();
    }

    @Test
    void anEmptySocialProfileFormSaysErrorInTheTitleAndLinksToItsFieldsOnThisPage() {
        login("editor1", "EDITOR");
        navigate("en/editor/social");
        String plainTitle = title();
        assertThat(plainTitle).startsWith("Social network profiles");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("social-add")));

        Section summary = _get(Section.class, spec -> spec.withId("social-add-errors"));
        List<String> hrefs =
                _find(summary, Anchor.class).stream().map(Anchor::getHref).toList();
        assertThat(hrefs)
                .as("each link is this page's address and the field, not the site root's")
                .contains("en/editor/social#social-network", "en/editor/social#social-url")
                .allMatch(href -> href.startsWith("en/editor/social#"));
        assertThat(_find(summary, H3.class))
                .as("the summary's heading is below the section's h2 \"Add a social network\"")
                .hasSize(1);
        assertThat(_find(summary, H2.class)).isEmpty();
        assertThat(title()).isEqualTo("Error: " + plainTitle);

        _get(RadioButtonGroup.class, spec -> spec.withId("social-network")).setValue(firstNetwork());
        _get(TextField.class, spec -> spec.withId("social-url")).setValue("https://vk.com/rosnou-karibu");
        _get(TextField.class, spec -> spec.withId("social-name")).setValue("RosNOU Karibu");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("social-add")));
        assertThat(title()).as("the prefix goes once the form is accepted").isEqualTo(plainTitle);
        assertThat(_find(Section.class, spec -> spec.withId("social-add-errors")))
                .isEmpty();
        social.editableProfiles().stream()
                .filter(profile -> profile.accessibleName().equals("RosNOU Karibu"))
                .forEach(profile -> social.delete(profile.id()));
    }

    private static Object firstNetwork() {
        return ru.rosnou.international.social.domain.SocialNetwork.values()[0];
    }

    @Test
    void theUsersFormExplainsTheRequiredMarkAndItsSummaryIsBelowItsSection() {
        login("admin", "ADMIN", "EDITOR");
        navigate("en/editor/users");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-required-note"))
                        .getText())
                .isEqualTo("All fields are required; each is marked •.");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("users-add")));
        Section summary = _get(Section.class, spec -> spec.withId("users-add-errors"));
        assertThat(_find(summary, H3.class)).hasSize(1);
        assertThat(_find(summary, Anchor.class)).allMatch(link -> link.getHref().startsWith("en/editor/users#users-"));
        assertThat(title()).startsWith("Error: Users of the workspace");

        navigate("editor/users");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-required-note"))
                        .getText())
                .isEqualTo("Все поля обязательны для заполнения; каждое отмечено •.");
        assertThat(_get(PasswordField.class, spec -> spec.withId("users-password"))
                        .getElement()
                        .getPropertyRaw("i18n")
                        .toString())
                .as("the reveal button's name in Russian")
                .contains("Показать пароль");
    }

    @Test
    void theNewsEditorExplainsTheRequiredMarkInBothLanguages() {
        login("editor1", "EDITOR");
        navigate("en/editor/news/new");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-required-note"))
                        .getText())
                .isEqualTo("Fields marked • are required.");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("news-save")));
        assertThat(_find(_get(Section.class, spec -> spec.withId("news-errors")), Anchor.class))
                .isNotEmpty()
                .allMatch(link -> link.getHref().startsWith("en/editor/news/new#news-"));
        assertThat(title()).startsWith("Error: ");

        navigate("editor/news/new");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-required-note"))
                        .getText())
                .isEqualTo("Поля, отмеченные •, обязательны для заполнения.");
    }

    @Test
    void theNewsEditorsDatePickerAndUploadSpeakRussianOnARussianPage() {
        login("editor1", "EDITOR");
        navigate("editor/news/new");
        DatePicker.DatePickerI18n dates = _get(DatePicker.class).getI18n();
        assertThat(dates.getFirstDayOfWeek()).as("the week starts on Monday").isEqualTo(1);
        assertThat(dates.getMonthNames()).startsWith("январь", "февраль");
        assertThat(dates.getWeekdaysShort()).startsWith("вс", "пн");
        assertThat(dates.getToday()).isEqualTo("Сегодня");
        assertThat(dates.getCancel()).isEqualTo("Отмена");
        assertThat(dates.getDateFormats()).startsWith("dd.MM.yyyy");
        assertThat(_get(Upload.class).getI18n().getAddFiles().getOne()).isEqualTo("Загрузить файл…");
        assertThat(_get(Upload.class).getI18n().getDropFiles().getOne()).isEqualTo("Перетащите файл сюда");

        navigate("en/editor/news/new");
        dates = _get(DatePicker.class).getI18n();
        assertThat(dates.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(dates.getMonthNames()).startsWith("January");
        assertThat(dates.getDateFormats()).startsWith("dd/MM/yyyy");
    }
}
