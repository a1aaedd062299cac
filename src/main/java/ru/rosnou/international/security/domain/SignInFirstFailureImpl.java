package ru.rosnou.international.security.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/** Spring Data's implementation of {@link SignInFirstFailure} for {@link SignInFailureRepository}. */
class SignInFirstFailureImpl implements SignInFirstFailure {

    private final JdbcTemplate jdbc;

    SignInFirstFailureImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void takeFirstAttempt(String username, String address, Instant now) {
        jdbc.update(
                "insert into sign_in_failure (username, address, failures, last_failure_at) values (?, ?, 1, ?)",
                username,
                address,
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
    }
}
