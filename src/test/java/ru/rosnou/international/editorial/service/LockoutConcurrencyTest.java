package ru.rosnou.international.editorial.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.test.context.ActiveProfiles;
import ru.rosnou.international.editorial.domain.EditorRole;

/** Failed sign-ins sent at the same moment are all counted: parallel guessing does not escape the lock. */
@SpringBootTest
@ActiveProfiles("test")
class LockoutConcurrencyTest {

    @Autowired
    AccountService accounts;

    @Test
    void fiveParallelFailuresLockTheAccount() throws Exception {
        accounts.create("parallel-guess", "a-long-enough-password", EditorRole.EDITOR);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Callable<Void>> attempts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            attempts.add(() -> {
                accounts.onFailure(new AuthenticationFailureBadCredentialsEvent(
                        UsernamePasswordAuthenticationToken.unauthenticated("parallel-guess", "wrong"),
                        new BadCredentialsException("Bad credentials")));
                return null;
            });
        }
        for (Future<Void> attempt : pool.invokeAll(attempts)) {
            attempt.get();
        }
        pool.shutdown();

        assertThat(accounts.loadUserByUsername("parallel-guess").isAccountNonLocked()).isFalse();
    }
}
