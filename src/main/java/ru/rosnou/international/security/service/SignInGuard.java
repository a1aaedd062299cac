package ru.rosnou.international.security.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rosnou.international.base.text.TypedText;
import ru.rosnou.international.security.domain.EditorAccount;
import ru.rosnou.international.security.domain.EditorAccountRepository;
import ru.rosnou.international.security.domain.SignInAddress;
import ru.rosnou.international.security.domain.SignInAddressRepository;
import ru.rosnou.international.security.domain.SignInFailure;
import ru.rosnou.international.security.domain.SignInFailureRepository;

/**
 * Keeps password guessing out without handing strangers a switch that locks an editor out:
 * <ul>
 * <li>failures are counted per user name <em>and</em> address: five from one address pause that address for
 * that name for a quarter of an hour, and no other address; names without an account are counted alike, so that
 * the answers do not tell which names exist;</li>
 * <li>many failures on one name from many addresses slow every further try from an address the account has
 * never signed in from (one a second at first, then doubling up to one a minute), while the editor's own usual
 * addresses sign in as ever; a slowed try is still checked, and the right password gets in (an editor on a new
 * address, or a new account, is never shut out); only a wrong one is told to wait;</li>
 * <li>an administrator can lift every pause on an account ({@link #unlock}).</li>
 * </ul>
 * Per address across accounts, {@link SignInThrottle} still applies. An attempt is counted before its password
 * is checked and forgiven when it succeeds, so that parallel attempts cannot slip in under the limit. All of it
 * lives in the database, so that every instance of the site sees the same counts.
 */
@Service
@Transactional
public class SignInGuard {

    public static final int FAILURES_PER_ADDRESS = 5;
    public static final Duration PAUSE = Duration.ofMinutes(15);
    /** Failures on one account, from every address within {@link #PAUSE}, before tries from new addresses slow. */
    public static final int FAILURES_BEFORE_SLOWING = 10;

    static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
    /** Failures older than this that pause nothing are forgotten. */
    static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

    private final EditorAccountRepository accounts;
    private final SignInFailureRepository failures;
    private final SignInAddressRepository addresses;
    private final Clock clock;
    private final TransactionTemplate firstOfItsKind;

    public SignInGuard(
            EditorAccountRepository accounts,
            SignInFailureRepository failures,
            SignInAddressRepository addresses,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.failures = failures;
        this.addresses = addresses;
        this.clock = clock;
        this.firstOfItsKind = new TransactionTemplate(transactions);
        this.firstOfItsKind.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What becomes of a sign-in attempt before its password is looked at. */
    public enum Verdict {
        /** Go on and check the password; the attempt is counted until it succeeds. */
        GO_ON,
        /** This address has failed too often on this account: try again later or ask an administrator. */
        PAUSED,
        /**
         * The account is under attack from elsewhere and this address is new to it: check the password (the attempt
         * is counted); the right one gets in, a wrong one is told to wait a little before the next try.
         */
        SLOWED
    }

    public Verdict attempt(String typedUsername, String clientAddress) {
        String username = name(typedUsername);
        String address = SignInThrottle.key(clientAddress);
        Instant now = clock.instant();
        if (ThreadLocalRandom.current().nextInt(100) == 0) {
            failures.forgetBefore(now.minus(FORGOTTEN_AFTER));
        }
        failures.endPauseIfOver(username, address, now);
        Optional<SignInFailure> here = failures.findByUsernameAndAddress(username, address);
        if (here.isPresent() && here.get().getPausedUntil() != null) {
            return Verdict.PAUSED;
        }
        // Slowed or not, the attempt is counted (and forgiven if its password is right): a slowed address that
        // keeps guessing is paused like any other.
        Verdict goOn = !isUsualAddress(username, address) && mustWait(username, now) ? Verdict.SLOWED : Verdict.GO_ON;
        if (failures.takeAttempt(username, address, FAILURES_PER_ADDRESS, now) == 1) {
            return goOn;
        }
        if (here.isEmpty() && takeFirstAttempt(username, address, now)) {
            return goOn;
        }
        // Every attempt of this address is used up (some may still be under way): pause it.
        if (failures.pause(username, address, now.plus(PAUSE)) > 0) {
            // A name without an account is not written down: it is often a password typed in the wrong field.
            String who = accounts.findByUsernameIgnoreCase(username)
                    .map(account -> "'" + account.getUsername() + "'")
                    .orElse("a name without an account");
            log.warn(
                    "Sign-in as {} from {} paused for {} minutes after {} failures",
                    who,
                    address,
                    PAUSE.toMinutes(),
                    FAILURES_PER_ADDRESS);
        }
        return Verdict.PAUSED;
    }

    /** The first attempt of an address for a name; false when a parallel one was first (and took it). */
    private boolean takeFirstAttempt(String username, String address, Instant now) {
        try {
            // In a transaction of its own: on PostgreSQL a failed statement would end the one around it.
            firstOfItsKind.executeWithoutResult(status -> failures.takeFirstAttempt(username, address, now));
            return true;
        } catch (DataIntegrityViolationException parallelFirst) {
            return failures.takeAttempt(username, address, FAILURES_PER_ADDRESS, now) == 1;
        }
    }

    private boolean isUsualAddress(String username, String address) {
        return accounts.findByUsernameIgnoreCase(username)
                .map(account -> addresses.existsById(new SignInAddress.Key(account.getId(), address)))
                .orElse(false);
    }

    private boolean mustWait(String username, Instant now) {
        long recent = failures.countRecent(username, now.minus(PAUSE));
        if (recent < FAILURES_BEFORE_SLOWING) {
            return false;
        }
        long seconds = 1L << Math.min(6, recent - FAILURES_BEFORE_SLOWING);
        Duration wait = Duration.ofSeconds(Math.min(seconds, LONGEST_WAIT.toSeconds()));
        return failures.lastFailure(username)
                .map(last -> now.isBefore(last.plus(wait)))
                .orElse(false);
    }

    /** The password was right: the attempt is not a failure, and the address becomes one of the account's own. */
    public void succeeded(String typedUsername, String clientAddress) {
        String username = name(typedUsername);
        String address = SignInThrottle.key(clientAddress);
        failures.forgive(username, address);
        accounts.findByUsernameIgnoreCase(username)
                .ifPresent(account -> addresses
                        .findById(new SignInAddress.Key(account.getId(), address))
                        .ifPresentOrElse(
                                known -> known.signedIn(clock.instant()),
                                () -> addresses.save(new SignInAddress(account.getId(), address, clock.instant()))));
    }

    /** Lifts every pause and forgets every failure on the account; who did it is logged. */
    public void unlock(long accountId, String administrator) {
        EditorAccount account = accounts.findById(accountId).orElseThrow();
        failures.forgiveAll(name(account.getUsername()));
        account.recordSuccess();
        log.info("Sign-in pauses on '{}' lifted by administrator '{}'", account.getUsername(), administrator);
    }

    /** The number of addresses whose sign-in to the account is paused now. */
    @Transactional(readOnly = true)
    public long pausedAddresses(String username) {
        return failures.countPaused(name(username), clock.instant());
    }

    /** One key per name however it is typed: NFKC, lower case, as the accounts compare them. */
    private static String name(String typed) {
        String name = TypedText.normalised(typed).toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
