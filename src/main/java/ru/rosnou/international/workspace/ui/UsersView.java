package ru.rosnou.international.workspace.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
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
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import ru.rosnou.international.base.ui.Announcer;
import ru.rosnou.international.base.ui.ComponentTexts;
import ru.rosnou.international.base.ui.FieldMessages;
import ru.rosnou.international.base.ui.Focus;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.security.Roles;
import ru.rosnou.international.security.domain.EditorRole;
import ru.rosnou.international.security.service.AccountService;
import ru.rosnou.international.security.service.AccountService.AccountSummary;

/** Administrators add editors, reset their passwords and disable accounts. Editors cannot open this page. */
@Route(value = SiteAddresses.WORKSPACE_USERS)
@RouteAlias(value = SiteAddresses.EN + SiteAddresses.WORKSPACE_USERS)
@RolesAllowed(Roles.ADMIN)
public class UsersView extends WorkspacePage {

    private final AccountService accounts;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph handOver = new Paragraph();

    public UsersView(AccountService accounts, AuthenticationContext authentication) {
        super(SiteAddresses.WORKSPACE_USERS, "editor.users.title", authentication);
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
        ComponentTexts.passwordField(password);
        // A password for someone else's new account: browsers may offer to generate one, never to fill in ours.
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        username.setAutocomplete(Autocomplete.OFF);
        FieldMessages messages =
                new FieldMessages(this).field("username", username).field("password", password);
        Button add = new Button(getTranslation("editor.users.add"), click -> {
            if (!messages.show(accounts.create(username.getValue(), password.getValue(), EditorRole.EDITOR))) {
                return;
            }
            Announcer.say(
                    getTranslation("editor.users.added", username.getValue().strip()));
            username.clear();
            password.clear();
            render();
        });
        add.setId("users-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Lumo marks a required field with "•" after its label: say what the mark means.
        Paragraph required = new Paragraph(getTranslation("form.allRequired.marked"));
        required.addClassName("form-required-note");
        Div form = new Div(required, username, password, add);
        form.addClassName("editor-form");
        messages.withSummary(form, "users-add", 3);
        return new Section(new H2(getTranslation("editor.users.addTitle")), form);
    }

    private void render() {
        list.removeAll();
        String me = authentication().getPrincipalName().orElse("");
        for (AccountSummary account : accounts.list()) {
            String state = getTranslation(
                    account.enabled()
                            ? (account.locked() ? "editor.users.locked" : "editor.users.active")
                            : "editor.users.disabled");
            Span label = new Span(getTranslation(
                    "editor.users.summary",
                    account.username(),
                    getTranslation("editor.users.role." + account.role()),
                    state));
            Div actions = new Div(resetButton(account));
            actions.addClassName("editor-actions");
            if (account.locked()) {
                actions.add(unlockButton(account, me));
            }
            if (!account.username().equalsIgnoreCase(me)) {
                actions.add(enableButton(account));
            }
            list.add(new ListItem(label, actions));
        }
    }

    private NativeButton resetButton(AccountSummary account) {
        NativeButton reset = button("users-reset-", account, "editor.users.reset", click -> {
            // The admin's own session survives resetting their own password; every other one ends.
            String password = accounts.resetPassword(
                    account.id(), VaadinSession.getCurrent().getSession().getId());
            handOver.setText(getTranslation("editor.users.newPassword", account.username(), password));
            handOver.setVisible(true);
            render();
            // The new password is shown once: focus it so that a screen reader reads it out.
            handOver.getElement().setAttribute("tabindex", "-1");
            handOver.getElement().callJsFunction("focus");
        });
        return reset;
    }

    private NativeButton unlockButton(AccountSummary account, String me) {
        return button("users-unlock-", account, "editor.users.unlock", click -> {
            accounts.unlock(account.id(), me);
            render();
            Announcer.say(getTranslation("editor.users.unlocked", account.username()));
            // The button is gone with the pause: keep the keyboard on this account's reset button.
            Focus.returnTo("users-reset-" + account.id());
        });
    }

    private NativeButton enableButton(AccountSummary account) {
        return button(
                "users-toggle-", account, account.enabled() ? "editor.users.disable" : "editor.users.enable", click -> {
                    accounts.setEnabled(account.id(), !account.enabled());
                    render();
                    Announcer.say(getTranslation(
                            account.enabled() ? "editor.users.disabledNow" : "editor.users.enabledNow",
                            account.username()));
                    // The list is drawn anew: keep the keyboard on this account's button, not on the page.
                    Focus.returnTo("users-toggle-" + account.id());
                });
    }

    private NativeButton button(
            String idPrefix,
            AccountSummary account,
            String key,
            ComponentEventListener<ClickEvent<NativeButton>> action) {
        NativeButton button = new NativeButton(getTranslation(key), action);
        button.setId(idPrefix + account.id());
        button.getElement().setAttribute("aria-label", getTranslation(key) + ": " + account.username());
        button.addClassName("a11y-button");
        return button;
    }
}
