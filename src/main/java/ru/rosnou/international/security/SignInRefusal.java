package ru.rosnou.international.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Why the login page says a sign-in was refused: the query parameter the refusal is sent back with
 * ({@code /editor/login?paused}) and the interface text the page shows for it.
 */
public enum SignInRefusal {
    /** Too many failures from this address, whatever the names (the per-address limit). */
    BLOCKED("blocked", "login.error.blocked"),
    /** Too many failures with this name from this address. */
    PAUSED("paused", "login.error.paused"),
    /** A wrong password from an address new to a name under attack from elsewhere. */
    SLOWED("slowed", "login.error.slowed"),
    /** A wrong name or password, or anything else. */
    ERROR("error", "login.error.message");

    private final String parameter;
    private final String messageKey;

    SignInRefusal(String parameter, String messageKey) {
        this.parameter = parameter;
        this.messageKey = messageKey;
    }

    /** The login page's query parameter that says it. */
    public String parameter() {
        return parameter;
    }

    /** The interface bundles' key of what the login page says. */
    public String messageKey() {
        return messageKey;
    }

    /** The refusal a login page address names, if it names one. */
    public static Optional<SignInRefusal> named(Set<String> parameters) {
        return Arrays.stream(values())
                .filter(r -> parameters.contains(r.parameter))
                .findFirst();
    }
}
