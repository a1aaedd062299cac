package ru.rosnou.international.security.domain;

import java.time.Instant;

/**
 * The first counted attempt of an address for a user name, as a row of its own. Written with plain JDBC: when
 * two first attempts race, one insert fails on the key, and Hibernate would log that failure with the values,
 * that is, with whatever was typed as the user name (often a password typed in the wrong field).
 */
public interface SignInFirstFailure {

    /** Inserts the row with one attempt; fails with a duplicate key when a parallel attempt was first. */
    void takeFirstAttempt(String username, String address, Instant now);
}
