package ru.rosnou.international.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rosnou.international.KaribuTest;
import ru.rosnou.international.base.ui.Announcer;
import ru.rosnou.international.security.ui.LoginView;
import ru.rosnou.international.social.domain.SocialNetwork;
import ru.rosnou.international.social.service.SocialProfileService;

class WorkspaceViewsTest extends KaribuTest {

    @Autowired
    SocialProfileService social;

    @Test
    void everyEditorRouteWithoutALoginLeadsToTheLoginPage() {
        for (String path : List.of("editor", "editor/social", "editor/users", "editor/news/new")) {
            navigate(path);
            assertThat(_get(LoginView.class)).as(path).isNotNull();
            assertThat(_get(H1.class).getText()).as(path).isEqualTo("Вход в рабочее место редакторов");
            navigate("en/" + path);
            assertThat(_get(LoginView.class)).as("the English " + path).isNotNull();
            assertThat(_get(H1.class).getText())
                    .as("the English " + path)
                    .isEqualTo("Sign in to the editors' workspace");
        }
    }

    @Test
    void anEditorCannotReachUserManagement() {
        login("editor1", "EDITOR");
        boolean denied = false;
        try {
            navigate("editor/users");
        } catch (AssertionError | RuntimeException accessDenied) {
            assertThat(accessDenied).hasStackTraceContaining("AccessDenied");
            denied = true;
        }
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .as("an editor never sees user management (denied: %s)", denied)
                .noneMatch(UsersView.class::isInstance);
    }

    @Test
    void anEditorsNavigationHasNoUserManagement() {
        login("editor1", "EDITOR");
        navigate("editor");

        assertThat(_get(H1.class).getText()).isEqualTo("Рабочее место редакторов");
        assertThat(_find(Anchor.class, spec -> spec.withText("Пользователи"))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withText("Социальные сети")).getHref())
                .isEqualTo("editor/social");
    }

    @Test
    void anAdminManagesUsers() {
        login("admin", "ADMIN", "EDITOR");
        navigate("editor/users");
        assertThat(_get(UsersView.class)).isNotNull();
        assertThat(_get(Anchor.class, spec -> spec.withText("Пользователи"))
                        .getElement()
                        .getAttribute("aria-current"))
                .isEqualTo("page");

        navigate("en/editor/users");
        _get(TextField.class, spec -> spec.withId("users-username")).setValue("karibu-editor");
        _get(PasswordField.class, spec -> spec.withId("users-password")).setValue("short");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("users-add")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("users-password"))
                        .isInvalid())
                .isTrue();
        assertThat(_get(Section.class, spec -> spec.withId("users-add-errors"))
                        .getElement()
                        .getTextRecursively())
                .contains("problems found: 1");
        _get(PasswordField.class, spec -> spec.withId("users-password")).setValue("a-long-enough-password");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("users-add")));
        assertThat(_get(Announcer.class).getText()).isEqualTo("Editor added: karibu-editor");
        assertThat(_get(TextField.class, spec -> spec.withId("users-username")).isInvalid())
                .as("the emptied form is ready for the next editor, not in error")
                .isFalse();
        assertThat(_get(PasswordField.class, spec -> spec.withId("users-password"))
                        .isInvalid())
                .isFalse();
        assertThat(_get(Span.class, spec -> spec.withText("karibu-editor — editor — active")))
                .isNotNull();

        ButtonKt._click(_get(NativeButton.class, spec -> spec.withAttribute("aria-label", "Disable: karibu-editor")));
        assertThat(_get(Announcer.class).getText())
                .isEqualTo("Account karibu-editor disabled; it has been signed out everywhere");
        assertThat(_get(Span.class, spec -> spec.withText("karibu-editor — editor — disabled")))
                .isNotNull();
        assertThat(_find(NativeButton.class, spec -> spec.withAttribute("aria-label", "Disable: admin")))
                .as("an admin cannot disable their own account")
                .isEmpty();

        ButtonKt._click(
                _get(NativeButton.class, spec -> spec.withAttribute("aria-label", "Reset password: karibu-editor")));
        String handOver =
                _get(Paragraph.class, spec -> spec.withId("users-hand-over")).getText();
        assertThat(handOver)
                .startsWith("New password for karibu-editor: ")
                .endsWith("Anyone signed in with the old password has been signed out.");
    }

    @Autowired
    ru.rosnou.international.security.service.SignInGuard guard;

    @Autowired
    ru.rosnou.international.security.service.AccountService accounts;

    @Test
    void anAdminLiftsTheSignInPauseOfAnAccountAndHearsSo() {
        accounts.create(
                "paused-editor", "a-long-enough-password", ru.rosnou.international.security.domain.EditorRole.EDITOR);
        for (int i = 0; i <= ru.rosnou.international.security.service.SignInGuard.FAILURES_PER_ADDRESS; i++) {
            guard.attempt("paused-editor", "198.51.100.77");
        }
        login("admin", "ADMIN", "EDITOR");
        navigate("en/editor/users");
        assertThat(_get(
                        Span.class,
                        spec -> spec.withText(
                                "paused-editor — editor — sign-in paused from some places after failed attempts")))
                .isNotNull();

        ButtonKt._click(_get(
                NativeButton.class, spec -> spec.withAttribute("aria-label", "Lift sign-in pause: paused-editor")));

        assertThat(_get(Announcer.class).getText()).isEqualTo("Sign-in pauses lifted for paused-editor");
        assertThat(_get(Span.class, spec -> spec.withText("paused-editor — editor — active")))
                .isNotNull();
        assertThat(_find(
                        NativeButton.class,
                        spec -> spec.withAttribute("aria-label", "Lift sign-in pause: paused-editor")))
                .isEmpty();
        assertThat(guard.attempt("paused-editor", "198.51.100.77"))
                .isEqualTo(ru.rosnou.international.security.service.SignInGuard.Verdict.GO_ON);
    }

    @Test
    void theLoginAndProfileFormsSayThatEveryFieldIsRequiredAndWhatTheMarkMeans() {
        navigate("en/editor/login");
        assertThat(_find(Paragraph.class, spec -> spec.withText("All fields are required.")))
                .as("the plain sign-in form marks no field, so its note names no mark")
                .hasSize(1);

        login("editor1", "EDITOR");
        navigate("editor/social");
        assertThat(_find(
                        Paragraph.class,
                        spec -> spec.withText("Все поля обязательны для заполнения; каждое отмечено •.")))
                .hasSize(1);
    }

    @Test
    void badProfilesAreRefusedWithAMessageAndNothingIsAdded() {
        login("editor1", "EDITOR");
        navigate("en/editor/social");
        int before = social.editableProfiles().size();

        for (String url : List.of(
                "http://vk.com/rosnou",
                "javascript:alert(1)",
                "https://",
                "vk.com/rosnou",
                "https://vk com/x",
                "https://user:pw@vk.com/x")) {
            choose(SocialNetwork.VK);
            _get(TextField.class, spec -> spec.withId("social-url")).setValue(url);
            _get(TextField.class, spec -> spec.withId("social-name")).setValue("RosNOU on VK");
            ButtonKt._click(_get(Button.class, spec -> spec.withId("social-add")));
            TextField field = _get(TextField.class, spec -> spec.withId("social-url"));
            assertThat(field.isInvalid()).as(url).isTrue();
            assertThat(field.getErrorMessage()).isEqualTo("Enter a full https address, e.g. https://vk.com/rosnou");
        }
        _get(TextField.class, spec -> spec.withId("social-url")).setValue("https://vk.com/rosnou");
        _get(TextField.class, spec -> spec.withId("social-name")).setValue("x".repeat(201));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("social-add")));
        assertThat(_get(TextField.class, spec -> spec.withId("social-name")).isInvalid())
                .isTrue();
        assertThat(social.editableProfiles()).hasSize(before);
    }

    @Test
    void anEditorAddsMovesAndDeletesAProfileAfterConfirmingInTheSeedsWords() {
        login("editor1", "EDITOR");
        navigate("editor/social");
        choose(SocialNetwork.ODNOKLASSNIKI);
        _get(TextField.class, spec -> spec.withId("social-url")).setValue("https://ok.ru/rosnou");
        _get(TextField.class, spec -> spec.withId("social-name")).setValue("<b>РосНОУ</b> в Одноклассниках");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("social-add")));

        SocialProfileService.EditableProfile added = social.editableProfiles().stream()
                .filter(p -> p.url().equals("https://ok.ru/rosnou"))
                .findFirst()
                .orElseThrow();
        assertThat(_get(Announcer.class).getText()).isEqualTo("Профиль добавлен: <b>РосНОУ</b> в Одноклассниках");
        assertThat(_get(TextField.class, spec -> spec.withId("social-url")).isInvalid())
                .as("the emptied form is not in error")
                .isFalse();
        assertThat(_get(TextField.class, spec -> spec.withId("social-name")).isInvalid())
                .isFalse();
        navigate("editor/social");
        assertThat(_find(_get(Footer.class), Anchor.class, spec -> spec.withText("<b>РосНОУ</b> в Одноклассниках")))
                .as("the footer shows the new profile, its name as text")
                .hasSize(1);

        ButtonKt._click(_get(NativeButton.class, spec -> spec.withId("social-up-" + added.id())));
        assertThat(social.editableProfiles()
                        .get(social.editableProfiles().size() - 2)
                        .id())
                .isEqualTo(added.id());
        ButtonKt._click(_get(NativeButton.class, spec -> spec.withId("social-down-" + added.id())));

        NativeButton delete = _get(NativeButton.class, spec -> spec.withId("social-delete-" + added.id()));
        assertThat(delete.getElement().getTextRecursively())
                .as("the action, then which profile")
                .isEqualTo("Удалить: <b>РосНОУ</b> в Одноклассниках");
        assertThat(delete.getElement().hasAttribute("aria-label"))
                .as("no label that would mix two languages")
                .isFalse();
        assertThat(_get(delete, Span.class, spec -> spec.withText("<b>РосНОУ</b> в Одноклассниках"))
                        .getElement()
                        .getAttribute("lang"))
                .as("the profile's name marked with the language it is written in")
                .isEqualTo("ru");
        ButtonKt._click(delete);
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(_get(ru.rosnou.international.site.MainLayout.class)
                        .getElement()
                        .hasAttribute("inert"))
                .as("the page behind the dialog is inert")
                .isTrue();
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Удаление соц.сети");
        assertThat(ConfirmDialogKt.getText(dialog))
                .isEqualTo("Вы хотите удалить этот профиль? Это действие нельзя будет отменить");

        ConfirmDialogKt._fireCancel(dialog);
        assertThat(_get(ru.rosnou.international.site.MainLayout.class)
                        .getElement()
                        .hasAttribute("inert"))
                .as("cancelling gives the page back")
                .isFalse();
        assertThat(social.editableProfiles())
                .extracting(SocialProfileService.EditableProfile::id)
                .contains(added.id());

        ButtonKt._click(_get(NativeButton.class, spec -> spec.withId("social-delete-" + added.id())));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(social.editableProfiles())
                .extracting(SocialProfileService.EditableProfile::id)
                .doesNotContain(added.id());
        assertThat(_get(Announcer.class).getText()).isEqualTo("Профиль удалён: <b>РосНОУ</b> в Одноклассниках");
    }

    @SuppressWarnings("unchecked")
    private static void choose(SocialNetwork network) {
        RadioButtonGroup<SocialNetwork> group = _get(RadioButtonGroup.class);
        group.setValue(network);
    }
}
