package ru.rosnou.international.security.service;

import java.time.Duration;
import org.springframework.stereotype.Service;
import ru.rosnou.international.base.data.ClientLimits;

/**
 * Failed sign-ins per client address. The account lockout stops guessing one account's password; this stops
 * one address from trying many accounts. The window starts at an address's first failure.
 * <p>
 * An attempt is counted before its password is checked and forgiven when it succeeds, so that parallel
 * attempts cannot all slip in under the limit while their passwords are being checked. The counts are in the
 * database ({@link ClientLimits}), shared by every instance.
 */
@Service
public class SignInThrottle {

    static final String KIND = "sign-in";

    private final ClientLimits limits;
    private final int failuresPerAddress;
    private final Duration window;

    public SignInThrottle(ClientLimits limits, SignInSettings settings) {
        this.limits = limits;
        this.failuresPerAddress = settings.failuresPerAddress();
        this.window = settings.addressWindow();
    }

    /** Counts an attempt from this address; false when the address has used up its failures for now. */
    public boolean tryAttempt(String address) {
        return limits.take(KIND, key(address), failuresPerAddress, window);
    }

    /** A successful sign-in is not a failure: takes its attempt back. */
    public void forgive(String address) {
        limits.giveBack(KIND, key(address));
    }

    public Duration window() {
        return window;
    }

    /** IPv6 clients are counted by their /64 network, as every limit counts them ({@link ClientLimits#network}). */
    static String key(String address) {
        return ClientLimits.network(address);
    }
}
