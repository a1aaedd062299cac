package ru.rosnou.international.security.service;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.rosnou.international.base.forms.Problems;
import ru.rosnou.international.base.text.TypedText;
import ru.rosnou.international.security.Roles;
import ru.rosnou.international.security.domain.EditorAccount;
import ru.rosnou.international.security.domain.EditorAccountRepository;
import ru.rosnou.international.security.domain.EditorRole;

/**
 * Editors' accounts: who may sign in, and what an admin does with accounts. Failed sign-ins are
 * {@link SignInGuard}'s: they pause one address for one name, and never lock the account itself.
 */
@Service
@Transactional
public class AccountService implements UserDetailsService {

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final EditorAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final SessionRegistry sessions;
    private final SignInGuard guard;
    private final SecureRandom random = new SecureRandom();

    public AccountService(
            EditorAccountRepository accounts,
            PasswordEncoder passwords,
            Clock clock,
            SessionRegistry sessions,
            SignInGuard guard) {
        this.guard = guard;
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.sessions = sessions;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        EditorAccount account = accounts.findByUsernameIgnoreCase(TypedText.normalised(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such editor"));
        String[] roles = account.getRole() == EditorRole.ADMIN
                ? new String[] {Roles.ADMIN, Roles.EDITOR}
                : new String[] {Roles.EDITOR};
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .roles(roles)
                .disabled(!account.isEnabled())
                .accountLocked(account.isLocked(clock.instant()))
                .build();
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.findByUsernameIgnoreCase(event.getAuthentication().getName()).ifPresent(EditorAccount::recordSuccess);
    }

    public boolean hasAccounts() {
        return accounts.count() > 0;
    }

    /** Creates the account unless something is wrong ({@code username}, {@code password}); nothing is stored then. */
    public Problems create(String username, String password, EditorRole role) {
        String name = TypedText.normalised(username);
        Problems.Builder problems = Problems.builder();
        // "chief" plus a zero-width space shows as "chief"; a right-to-left override makes "nimda" read "admin".
        if (!TypedText.isVisible(name, false)) {
            problems.add("username", "editor.users.error.username.hidden");
        } else if (name.isEmpty()
                || name.length() > 100
                || accounts.findByUsernameIgnoreCase(name).isPresent()) {
            problems.add("username", "editor.users.error.username");
        }
        // bcrypt reads at most 72 bytes; longer passwords would be refused by the encoder.
        if (password == null || password.length() < 12 || password.getBytes(StandardCharsets.UTF_8).length > 72) {
            problems.add("password", "editor.users.error.password");
        }
        if (problems.isEmpty()) {
            accounts.save(new EditorAccount(name, passwords.encode(password), role));
        }
        return problems.build();
    }

    /**
     * Gives the account a new generated password, unlocks it and returns the password to hand over once.
     * Whoever was signed in with the old password is signed out, except in the session that asked for the
     * reset ({@code keptSessionId}, may be null), so that an admin resetting their own password stays in.
     */
    public String resetPassword(long accountId, String keptSessionId) {
        String password = generatePassword();
        EditorAccount account = accounts.findById(accountId).orElseThrow();
        account.changePasswordHash(passwords.encode(password));
        endSessions(account.getUsername(), keptSessionId);
        return password;
    }

    /** Lifts every sign-in pause on the account (an administrator's action, logged with their name). */
    public void unlock(long accountId, String administrator) {
        guard.unlock(accountId, administrator);
    }

    /** Disabling an account also signs it out everywhere. */
    public void setEnabled(long accountId, boolean enabled) {
        EditorAccount account = accounts.findById(accountId).orElseThrow();
        account.setEnabled(enabled);
        if (!enabled) {
            endSessions(account.getUsername(), null);
        }
    }

    /**
     * Marks the account's sessions expired once the change is committed, so that no one can sign in again
     * with the old state in between; each session ends at its next request (see the security configuration).
     */
    private void endSessions(String username, String keptSessionId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    expireSessions(username, keptSessionId);
                }
            });
        } else {
            expireSessions(username, keptSessionId);
        }
    }

    private void expireSessions(String username, String keptSessionId) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equalsIgnoreCase(username)) {
                sessions.getAllSessions(principal, false).stream()
                        .filter(session -> !session.getSessionId().equals(keptSessionId))
                        .forEach(SessionInformation::expireNow);
            }
        }
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> list() {
        return accounts.findAllByOrderByUsernameAsc().stream()
                .map(a -> new AccountSummary(
                        a.getId(),
                        a.getUsername(),
                        a.getRole(),
                        a.isEnabled(),
                        a.isLocked(clock.instant()) || guard.pausedAddresses(a.getUsername()) > 0))
                .toList();
    }

    public String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    /** @param locked whether sign-in with the account is paused from some address (or locked from before) */
    public record AccountSummary(long id, String username, EditorRole role, boolean enabled, boolean locked) {}
}
