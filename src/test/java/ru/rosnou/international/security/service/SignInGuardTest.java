package ru.rosnou.international.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rosnou.international.MutableClock;
import ru.rosnou.international.security.domain.EditorAccountRepository;
import ru.rosnou.international.security.domain.EditorRole;
import ru.rosnou.international.security.domain.SignInAddressRepository;
import ru.rosnou.international.security.domain.SignInFailureRepository;
import ru.rosnou.international.security.service.SignInGuard.Verdict;

/**
 * Password guessing is kept out without a switch for strangers: failures pause one address for one name, many
 * addresses slow only new ones, and an administrator can lift every pause. Each test uses names of its own.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class SignInGuardTest {

    @Autowired
    AccountService accounts;

    @Autowired
    EditorAccountRepository accountRepository;

    @Autowired
    SignInFailureRepository failures;

    @Autowired
    SignInAddressRepository addresses;

    @Autowired
    PlatformTransactionManager transactions;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));

    /** The guard on a clock of the test's own, each call in a transaction as the Spring bean's are. */
    private Guard guard() {
        return new Guard(
                new SignInGuard(accountRepository, failures, addresses, clock, transactions),
                new TransactionTemplate(transactions));
    }

    private record Guard(SignInGuard guard, TransactionTemplate transaction) {
        Verdict attempt(String name, String address) {
            return transaction.execute(status -> guard.attempt(name, address));
        }

        void succeeded(String name, String address) {
            transaction.executeWithoutResult(status -> guard.succeeded(name, address));
        }
    }

    /** An attempt that fails: counted in advance, as the sign-in does, and never forgiven. */
    private static Verdict fail(Guard guard, String name, String address) {
        return guard.attempt(name, address);
    }

    @Test
    void fiveFailuresFromOneAddressPauseThatAddressForThatNameOnlyForAQuarterOfAnHour() {
        accounts.create("guard-anna", "a-long-enough-password", EditorRole.EDITOR);
        Guard guard = guard();
        for (int i = 0; i < SignInGuard.FAILURES_PER_ADDRESS; i++) {
            assertThat(fail(guard, "guard-anna", "198.51.100.1")).isEqualTo(Verdict.GO_ON);
        }
        assertThat(guard.attempt("Guard-Anna ", "198.51.100.1"))
                .as("however the name is typed")
                .isEqualTo(Verdict.PAUSED);
        assertThat(guard.attempt("guard-anna", "198.51.100.2"))
                .as("another address")
                .isEqualTo(Verdict.GO_ON);
        assertThat(guard.attempt("admin", "198.51.100.1")).as("another name").isEqualTo(Verdict.GO_ON);

        clock.advance(Duration.ofMinutes(14));
        assertThat(guard.attempt("guard-anna", "198.51.100.1")).isEqualTo(Verdict.PAUSED);
        clock.advance(Duration.ofMinutes(2));
        assertThat(guard.attempt("guard-anna", "198.51.100.1"))
                .as("after the pause")
                .isEqualTo(Verdict.GO_ON);
    }

    @Test
    void aNameWithoutAnAccountIsPausedAlikeAndNeverWrittenToTheLog(CapturedOutput log) {
        Guard guard = guard();
        // Such a "name" is often a password typed into the wrong field.
        for (int i = 0; i < SignInGuard.FAILURES_PER_ADDRESS; i++) {
            fail(guard, "Secret-Passw0rd!", "198.51.100.3");
        }
        assertThat(guard.attempt("Secret-Passw0rd!", "198.51.100.3")).isEqualTo(Verdict.PAUSED);
        assertThat(log.getAll()).contains("paused").doesNotContainIgnoringCase("Secret-Passw0rd!");
    }

    @Test
    void aSuccessForgivesTheAttemptsFromItsAddress() {
        accounts.create("guard-boris", "a-long-enough-password", EditorRole.EDITOR);
        Guard guard = guard();
        for (int i = 0; i < SignInGuard.FAILURES_PER_ADDRESS - 1; i++) {
            fail(guard, "guard-boris", "198.51.100.4");
        }
        assertThat(guard.attempt("guard-boris", "198.51.100.4")).isEqualTo(Verdict.GO_ON);
        guard.succeeded("guard-boris", "198.51.100.4");
        for (int i = 0; i < SignInGuard.FAILURES_PER_ADDRESS; i++) {
            assertThat(fail(guard, "guard-boris", "198.51.100.4")).isEqualTo(Verdict.GO_ON);
        }
    }

    @Test
    void guessingFromManyAddressesSlowsNewAddressesButNotTheEditorsOwn() {
        accounts.create("guard-vera", "a-long-enough-password", EditorRole.EDITOR);
        Guard guard = guard();
        assertThat(guard.attempt("guard-vera", "192.0.2.200")).isEqualTo(Verdict.GO_ON);
        guard.succeeded("guard-vera", "192.0.2.200");
        for (int i = 0; i < SignInGuard.FAILURES_BEFORE_SLOWING; i++) {
            assertThat(fail(guard, "guard-vera", "192.0.2." + i)).isEqualTo(Verdict.GO_ON);
        }
        assertThat(guard.attempt("guard-vera", "192.0.2.50"))
                .as("a new address right after")
                .isEqualTo(Verdict.SLOWED);
        assertThat(guard.attempt("guard-vera", "192.0.2.200"))
                .as("the editor's usual address")
                .isEqualTo(Verdict.GO_ON);
        // The slowed try counts as a try too (it is forgiven only if its password is right): 12 tries, 4 s.
        clock.advance(Duration.ofSeconds(4));
        assertThat(guard.attempt("guard-vera", "192.0.2.51"))
                .as("after the wait")
                .isEqualTo(Verdict.GO_ON);
        assertThat(guard.attempt("guard-vera", "192.0.2.52"))
                .as("the wait grows")
                .isEqualTo(Verdict.SLOWED);
    }

    @Test
    void anAdministratorLiftsEveryPause() {
        accounts.create("guard-gleb", "a-long-enough-password", EditorRole.EDITOR);
        Guard guard = guard();
        for (int i = 0; i <= SignInGuard.FAILURES_PER_ADDRESS; i++) {
            fail(guard, "guard-gleb", "198.51.100.5");
        }
        assertThat(guard.attempt("guard-gleb", "198.51.100.5")).isEqualTo(Verdict.PAUSED);
        long id = accounts.list().stream()
                .filter(a -> a.username().equals("guard-gleb"))
                .findFirst()
                .orElseThrow()
                .id();

        accounts.unlock(id, "admin");

        assertThat(guard.attempt("guard-gleb", "198.51.100.5")).isEqualTo(Verdict.GO_ON);
        assertThat(accounts.list())
                .filteredOn(a -> a.username().equals("guard-gleb"))
                .singleElement()
                .matches(a -> !a.locked());
    }

    @Test
    void attemptsSentAtTheSameMomentAreAllCountedAndTheirRaceLogsNoName(CapturedOutput log) throws Exception {
        accounts.create("guard-parallel", "a-long-enough-password", EditorRole.EDITOR);
        Guard guard = guard();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Verdict>> attempts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            attempts.add(() -> guard.attempt("guard-parallel", "198.51.100.6"));
        }
        long allowed = 0;
        for (Future<Verdict> attempt : pool.invokeAll(attempts)) {
            allowed += attempt.get() == Verdict.GO_ON ? 1 : 0;
        }
        pool.shutdown();
        assertThat(allowed).as("no more password checks than the limit").isEqualTo(SignInGuard.FAILURES_PER_ADDRESS);
        assertThat(log.getAll())
                .as("a failed insert's message, which would hold the typed name")
                .doesNotContainIgnoringCase("primary key violation")
                .doesNotContain("'guard-parallel', '198.51.100.6'");
    }
}
