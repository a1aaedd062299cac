package ru.rosnou.international.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Sign-in attempts with one user name (normalised, lower case) from one client address that have not (yet)
 * succeeded: by the name as typed, so that a name without an account is counted like one with.
 */
@Entity
@Table(name = "sign_in_failure")
@IdClass(SignInFailure.Key.class)
public class SignInFailure {

    @Id
    private String username;

    @Id
    private String address;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "paused_until")
    private Instant pausedUntil;

    protected SignInFailure() {}

    public int getFailures() {
        return failures;
    }

    public Instant getPausedUntil() {
        return pausedUntil;
    }

    /** The composite key: user name and address. */
    public static class Key implements Serializable {
        private String username;
        private String address;

        protected Key() {}

        public Key(String username, String address) {
            this.username = username;
            this.address = address;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(username, key.username)
                    && Objects.equals(address, key.address);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, address);
        }
    }
}
