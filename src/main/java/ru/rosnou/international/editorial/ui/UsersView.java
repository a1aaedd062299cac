package ru.rosnou.international.editorial.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import ru.rosnou.international.base.security.Roles;
import ru.rosnou.international.base.ui.MainLayout;
import ru.rosnou.international.editorial.domain.EditorRole;
import ru.rosnou.international.editorial.service.AccountService;
import ru.rosnou.international.editorial.service.AccountService.AccountSummary;

/** Administrators add editors, reset their passwords and disable accounts. Editors cannot open this page. */
@Route(value = "editor/users", layout = MainLayout.class)
@RouteAlias(value = "en/editor/users", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class UsersView extends WorkspacePage {

    private final AccountService accounts;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph handOver = new Paragraph();
    private final java.util.Map<Long, NativeButton> toggles = new java.util.HashMap<>();
    private final java.util.Map<Long, NativeButton> resets = new java.util.HashMap<>();

    public UsersView(AccountService accounts, AuthenticationContext authentication) {
        super("editor/users", "editor.users.title", authentication);
        this.accounts = accounts;
    }

    @Override
    protected void build(BeforeEnterEvent event) {
        H2 listHeading = new H2(getTranslation("editor.users.list"));
        list.addClassName("editor-list");
        handOver.setId("users-hand-over");
        handOver.setVisible(false);
        add(new Section(listHeading, handOver, list), addForm());
        render();
    }

    private Section addForm() {
        TextField username = new TextField(getTranslation("editor.users.username"));
        username.setId("users-username");
        username.setMaxLength(100);
        username.setRequiredIndicatorVisible(true);
        // This view checks on submit and writes its own messages; Vaadin's built-in check would mark an
        // empty required field invalid with no message (for instance once the form is emptied after a save).
        username.setManualValidation(true);
        PasswordField password = new PasswordField(getTranslation("editor.users.password"));
        password.setId("users-password");
        password.setHelperText(getTranslation("editor.users.password.help"));
        password.setRequiredIndicatorVisible(true);
        password.setManualValidation(true);
        // A password for someone else's new account: browsers may offer to generate one, never to fill in ours.
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        Button add = new Button(getTranslation("editor.users.add"), click -> {
            username.setInvalid(false);
            password.setInvalid(false);
            try {
                accounts.create(username.getValue(), password.getValue(), EditorRole.EDITOR);
            } catch (IllegalArgumentException e) {
                if (e.getMessage().endsWith("password")) {
                    password.setErrorMessage(getTranslation(e.getMessage()));
                    password.setInvalid(true);
                    password.focus();
                } else {
                    username.setErrorMessage(getTranslation(e.getMessage()));
                    username.setInvalid(true);
                    username.focus();
                }
                return;
            }
            MainLayout.announce(getTranslation("editor.users.added", username.getValue().strip()));
            username.clear();
            password.clear();
            render();
        });
        add.setId("users-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(username, password, add);
        form.addClassName("editor-form");
        return new Section(new H2(getTranslation("editor.users.addTitle")), form);
    }

    private void render() {
        list.removeAll();
        toggles.clear();
        resets.clear();
        String me = authentication().getPrincipalName().orElse("");
        for (AccountSummary account : accounts.list()) {
            String state = getTranslation(account.enabled() ? (account.locked() ? "editor.users.locked"
                    : "editor.users.active") : "editor.users.disabled");
            Span label = new Span(account.username() + " — " + getTranslation("editor.users.role." + account.role())
                    + " — " + state);
            Div actions = new Div();
            actions.addClassName("editor-actions");
            NativeButton reset = new NativeButton(getTranslation("editor.users.reset"), click -> {
                // The admin's own session survives resetting their own password; every other one ends.
                String password = accounts.resetPassword(account.id(), VaadinSession.getCurrent().getSession().getId());
                handOver.setText(getTranslation("editor.users.newPassword", account.username(), password));
                handOver.setVisible(true);
                render();
                // The new password is shown once: focus it so that a screen reader reads it out.
                handOver.getElement().setAttribute("tabindex", "-1");
                handOver.getElement().callJsFunction("focus");
            });
            reset.getElement().setAttribute("aria-label", getTranslation("editor.users.reset") + ": " + account.username());
            reset.addClassName("a11y-button");
            actions.add(reset);
            if (account.locked()) {
                NativeButton unlock = new NativeButton(getTranslation("editor.users.unlock"), click -> {
                    accounts.unlock(account.id(), me);
                    render();
                    MainLayout.announce(getTranslation("editor.users.unlocked", account.username()));
                    // The button is gone with the pause: keep the keyboard on this account's reset button.
                    resets.get(account.id()).focus();
                });
                unlock.setId("users-unlock-" + account.id());
                unlock.getElement().setAttribute("aria-label", getTranslation("editor.users.unlock") + ": "
                        + account.username());
                unlock.addClassName("a11y-button");
                actions.add(unlock);
            }
            resets.put(account.id(), reset);
            if (!account.username().equalsIgnoreCase(me)) {
                String key = account.enabled() ? "editor.users.disable" : "editor.users.enable";
                NativeButton toggle = new NativeButton(getTranslation(key), click -> {
                    accounts.setEnabled(account.id(), !account.enabled());
                    render();
                    MainLayout.announce(getTranslation(account.enabled() ? "editor.users.disabledNow"
                            : "editor.users.enabledNow", account.username()));
                    // The list is drawn anew: keep the keyboard on this account's button, not on the page.
                    toggles.get(account.id()).focus();
                });
                toggles.put(account.id(), toggle);
                toggle.getElement().setAttribute("aria-label", getTranslation(key) + ": " + account.username());
                toggle.addClassName("a11y-button");
                actions.add(toggle);
            }
            list.add(new ListItem(label, actions));
        }
    }
}
