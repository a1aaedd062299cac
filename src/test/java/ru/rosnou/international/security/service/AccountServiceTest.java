package ru.rosnou.international.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.rosnou.international.security.domain.EditorAccountRepository;
import ru.rosnou.international.security.domain.EditorRole;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    EditorAccountRepository repository;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    SessionRegistry sessions;

    @Test
    void theFirstAdministratorComesFromTheEnvironmentWithABcryptHash() {
        UserDetails admin = accounts.loadUserByUsername("admin");

        assertThat(admin.getAuthorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_EDITOR");
        assertThat(admin.getPassword()).startsWith("$2a$").doesNotContain("test-admin-password-1");
        assertThat(passwords.matches("test-admin-password-1", admin.getPassword()))
                .isTrue();
    }

    @Test
    void accountNamesCannotHideCharactersOrImitateAnotherName() {
        assertThat(accounts.create("chief\u200B", "a-long-enough-password", EditorRole.EDITOR)
                        .of("username"))
                .contains("editor.users.error.username.hidden");
        assertThat(accounts.create("\u202Enimda", "a-long-enough-password", EditorRole.EDITOR)
                        .of("username"))
                .contains("editor.users.error.username.hidden");
        assertThat(accounts.create("nul\u0000", "a-long-enough-password", EditorRole.EDITOR)
                        .of("username"))
                .contains("editor.users.error.username.hidden");

        accounts.create("ｃｈｉｅｆ", "a-long-enough-password", EditorRole.EDITOR);
        assertThat(repository.findByUsernameIgnoreCase("chief"))
                .as("kept in its compatibility form")
                .isPresent();
        assertThat(accounts.create("chief", "a-long-enough-password", EditorRole.EDITOR)
                        .of("username"))
                .as("one name however it is typed")
                .contains("editor.users.error.username");
        assertThat(accounts.loadUserByUsername("ｃｈｉｅｆ").getUsername()).isEqualTo("chief");
    }

    @Test
    void adminsAddEditorsResetPasswordsAndDisableAccounts() {
        accounts.create("editor-anna", "a-long-enough-password", EditorRole.EDITOR);
        assertThat(accounts.create("Editor-Anna", "another-long-password", EditorRole.EDITOR)
                        .of("username"))
                .contains("editor.users.error.username");
        assertThat(accounts.create("editor-boris", "short", EditorRole.EDITOR).of("password"))
                .contains("editor.users.error.password");
        assertThat(accounts.create("editor-boris", "пароль".repeat(7), EditorRole.EDITOR)
                        .of("password"))
                .as("bcrypt reads only 72 bytes")
                .contains("editor.users.error.password");

        long id = accounts.list().stream()
                .filter(a -> a.username().equals("editor-anna"))
                .findFirst()
                .orElseThrow()
                .id();
        String fresh = accounts.resetPassword(id, null);
        assertThat(fresh).hasSize(20);
        assertThat(passwords.matches(
                        fresh, accounts.loadUserByUsername("editor-anna").getPassword()))
                .isTrue();

        accounts.setEnabled(id, false);
        assertThat(accounts.loadUserByUsername("editor-anna").isEnabled()).isFalse();
        assertThat(accounts.loadUserByUsername("editor-anna").getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_EDITOR");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void disablingAnAccountEndsItsSessionsAndResettingAPasswordEndsAllButTheAskingOne() {
        accounts.create("editor-vera", "a-long-enough-password", EditorRole.EDITOR);
        long vera = idOf("editor-vera");
        UserDetails signedIn = accounts.loadUserByUsername("Editor-Vera");
        sessions.registerNewSession("vera-laptop", signedIn);
        sessions.registerNewSession("vera-phone", signedIn);
        sessions.registerNewSession("admin-desk", accounts.loadUserByUsername("admin"));

        accounts.resetPassword(vera, "vera-phone");
        assertThat(sessions.getSessionInformation("vera-laptop").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("vera-phone").isExpired())
                .as("the session that asked")
                .isFalse();

        accounts.setEnabled(vera, true);
        assertThat(sessions.getSessionInformation("vera-phone").isExpired()).isFalse();
        accounts.setEnabled(vera, false);
        assertThat(sessions.getSessionInformation("vera-phone").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("admin-desk").isExpired())
                .as("other accounts")
                .isFalse();
        sessions.getAllSessions(signedIn, true).forEach(s -> sessions.removeSessionInformation(s.getSessionId()));
        sessions.removeSessionInformation("admin-desk");
    }

    private long idOf(String username) {
        return accounts.list().stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
