package ru.rosnou.international.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import ru.rosnou.international.security.service.SignInGuard;
import ru.rosnou.international.security.service.SignInThrottle;

/**
 * Spring's username and password check, with three changes:
 * <ul>
 * <li>a form posted from another site, any attempt from an address that has failed too often, and an attempt
 * that {@link SignInGuard} pauses, is refused before any password is checked;</li>
 * <li>an attempt that {@link SignInGuard} slows has its password checked like any other: the right one gets in,
 * a wrong one is answered "slowed" (after the same bcrypt work);</li>
 * <li>a locked or disabled account still costs one bcrypt comparison, whose result is thrown away, so that its
 * state cannot be told from the response time, while the answer (and what is stored) is the same whether the
 * password was right or wrong;</li>
 * <li>failures on a locked account are therefore not counted, and cannot keep extending its lock.</li>
 * </ul>
 */
class SignInProvider extends DaoAuthenticationProvider {

    private final SignInThrottle throttle;
    private final SignInGuard guard;
    private final AccountStatusUserDetailsChecker accountState = new AccountStatusUserDetailsChecker();

    SignInProvider(UserDetailsService accounts, PasswordEncoder passwords, SignInThrottle throttle, SignInGuard guard) {
        super(accounts);
        setPasswordEncoder(passwords);
        this.throttle = throttle;
        this.guard = guard;
        // The state is checked in additionalAuthenticationChecks, after the bcrypt work.
        setPreAuthenticationChecks(account -> {});
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        SignInRequestDetails request = attempt.getDetails() instanceof SignInRequestDetails d ? d : null;
        if (request != null && request.crossSite()) {
            throw new SignInRefused(null, "Sign-in form posted from another site");
        }
        if (request != null && !throttle.tryAttempt(request.getRemoteAddress())) {
            throw new SignInRefused(SignInRefusal.BLOCKED, "Too many failed sign-ins from this address");
        }
        String username = String.valueOf(attempt.getPrincipal());
        String address = request == null ? null : request.getRemoteAddress();
        SignInGuard.Verdict verdict = guard.attempt(username, address);
        if (verdict == SignInGuard.Verdict.PAUSED) {
            throw new SignInRefused(SignInRefusal.PAUSED, "Sign-in with this name paused for this address");
        }
        Authentication signedIn;
        try {
            // The same bcrypt work whether slowed or not; the right password is never slowed.
            signedIn = super.authenticate(attempt);
        } catch (AuthenticationException wrong) {
            if (verdict == SignInGuard.Verdict.SLOWED) {
                throw new SignInRefused(SignInRefusal.SLOWED, "Sign-in with this name slowed for new addresses");
            }
            throw wrong;
        }
        if (request != null) {
            throttle.forgive(request.getRemoteAddress());
        }
        guard.succeeded(username, address);
        return signedIn;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails account, UsernamePasswordAuthenticationToken attempt)
            throws AuthenticationException {
        if (!account.isAccountNonLocked() || !account.isEnabled() || !account.isAccountNonExpired()) {
            try {
                super.additionalAuthenticationChecks(account, attempt);
            } catch (AuthenticationException wrongPasswordToo) {
                // Same answer either way: a locked account must not confirm a guessed password.
            }
            accountState.check(account);
        }
        super.additionalAuthenticationChecks(account, attempt);
    }

    /**
     * A refusal that no password can change; its {@link SignInRefusal} is shown on the login page ({@code ?blocked}).
     * A form posted from another site has none: it is answered like a wrong password.
     */
    static final class SignInRefused extends AuthenticationException {
        private final @Nullable SignInRefusal refusal;

        SignInRefused(@Nullable SignInRefusal refusal, String message) {
            super(message);
            this.refusal = refusal;
        }

        @Nullable
        SignInRefusal refusal() {
            return refusal;
        }

        /** The login page's query parameter for it, or null. */
        @Nullable
        String reason() {
            return refusal == null ? null : refusal.parameter();
        }
    }
}
