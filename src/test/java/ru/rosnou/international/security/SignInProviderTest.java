package ru.rosnou.international.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import ru.rosnou.international.MutableClock;
import ru.rosnou.international.security.domain.EditorRole;
import ru.rosnou.international.security.service.AccountService;
import ru.rosnou.international.security.service.SignInGuard;
import ru.rosnou.international.security.service.SignInSettings;
import ru.rosnou.international.security.service.SignInThrottle;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class SignInProviderTest {

    private static final String PASSWORD = "a-long-enough-password";

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    SignInGuard guard;

    private final AtomicInteger bcryptComparisons = new AtomicInteger();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));

    private SignInThrottle throttle(int failuresPerAddress) {
        return new SignInThrottle(
                new ru.rosnou.international.base.data.ClientLimits(jdbc, clock, transactions),
                new SignInSettings(failuresPerAddress, Duration.ofMinutes(15)));
    }

    private SignInProvider provider() {
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return passwords.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                bcryptComparisons.incrementAndGet();
                return passwords.matches(raw, encoded);
            }
        };
        return new SignInProvider(accounts, counting, throttle(3), guard);
    }

    @Test
    void disabledAccountsGiveTheSameAnswerForAnyPasswordAfterTheSameBcryptWork() {
        accounts.create("editor-dina", PASSWORD, EditorRole.EDITOR);
        accounts.setEnabled(
                accounts.list().stream()
                        .filter(a -> a.username().equals("editor-dina"))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                false);
        SignInProvider provider = provider();

        for (String password : new String[] {"a wrong password", PASSWORD}) {
            int before = bcryptComparisons.get();
            assertThatThrownBy(() -> provider.authenticate(attempt("editor-dina", password)))
                    .as("disabled, with %s", password)
                    .isInstanceOf(DisabledException.class);
            assertThat(bcryptComparisons.get() - before)
                    .as("one bcrypt comparison per attempt")
                    .isEqualTo(1);
        }
        assertThatThrownBy(() -> provider.authenticate(attempt("admin", "a wrong password")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(provider.authenticate(attempt("admin", "test-admin-password-1"))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void whileGuessesFromManyAddressesSlowANameTheRightPasswordGetsInFromANewAddress() {
        accounts.create("editor-nadia", PASSWORD, EditorRole.EDITOR);
        SignInProvider provider = new SignInProvider(accounts, passwords, throttle(100), guard);
        for (int i = 0; i < SignInGuard.FAILURES_BEFORE_SLOWING + 2; i++) {
            String guesser = "10.9.9." + i;
            assertThatThrownBy(() -> provider.authenticate(from(guesser, "editor-nadia", "a guess")))
                    .isInstanceOf(AuthenticationException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(from("10.9.8.1", "editor-nadia", "another guess")))
                .as("a wrong password from a new address is slowed")
                .isInstanceOfSatisfying(
                        SignInProvider.SignInRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo("slowed"));
        assertThat(provider.authenticate(from("10.9.8.2", "editor-nadia", PASSWORD))
                        .isAuthenticated())
                .as("the editor on an address the account has never used (a new account has none)")
                .isTrue();
    }

    @Test
    void fiveFailuresFromOneAddressPauseItForThatNameOnlyAndTheRightPasswordStillWorksFromElsewhere() {
        accounts.create("editor-gleb", PASSWORD, EditorRole.EDITOR);
        SignInProvider provider = new SignInProvider(accounts, passwords, throttle(100), guard);
        for (int i = 0; i < SignInGuard.FAILURES_PER_ADDRESS; i++) {
            assertThatThrownBy(() -> provider.authenticate(from("10.1.1.1", "editor-gleb", "a guess")))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(from("10.1.1.1", "editor-gleb", PASSWORD)))
                .as("the guesser's address, even with the right password")
                .isInstanceOfSatisfying(
                        SignInProvider.SignInRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo("paused"));
        assertThat(provider.authenticate(from("10.2.2.2", "editor-gleb", PASSWORD))
                        .isAuthenticated())
                .as("the editor elsewhere is not locked out")
                .isTrue();
    }

    @Test
    void formsFromOtherSitesAndPausedAddressesAreRefusedBeforeAnyPasswordIsChecked() {
        SignInProvider provider = provider();
        UsernamePasswordAuthenticationToken crossSite = attempt("admin", "test-admin-password-1");
        crossSite.setDetails(new SignInRequestDetails(SignInRequestDetailsTest.post("Sec-Fetch-Site", "cross-site")));
        assertThatThrownBy(() -> provider.authenticate(crossSite))
                .isInstanceOfSatisfying(
                        SignInProvider.SignInRefused.class,
                        refused -> assertThat(refused.reason()).isNull());

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> provider.authenticate(fromTheSite("nobody", "guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        int before = bcryptComparisons.get();
        assertThatThrownBy(() -> provider.authenticate(fromTheSite("admin", "test-admin-password-1")))
                .isInstanceOfSatisfying(
                        SignInProvider.SignInRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo("blocked"));
        assertThat(bcryptComparisons.get()).isEqualTo(before);
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    private static UsernamePasswordAuthenticationToken from(String address, String username, String password) {
        UsernamePasswordAuthenticationToken token = attempt(username, password);
        MockHttpServletRequest request = SignInRequestDetailsTest.post("Sec-Fetch-Site", "same-origin");
        request.setRemoteAddr(address);
        token.setDetails(new SignInRequestDetails(request));
        return token;
    }

    private static UsernamePasswordAuthenticationToken fromTheSite(String username, String password) {
        UsernamePasswordAuthenticationToken token = attempt(username, password);
        token.setDetails(new SignInRequestDetails(SignInRequestDetailsTest.post("Sec-Fetch-Site", "same-origin")));
        return token;
    }
}
