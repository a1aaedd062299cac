package ru.rosnou.international.security.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.rosnou.international.base.forms.Problems;
import ru.rosnou.international.security.domain.EditorRole;

/**
 * Creates the first administrator when there is no account: from APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD,
 * or, without a password, with a generated one printed once to the log. Nothing secret lives in the code.
 */
@Component
@Order(0)
public class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    public FirstAdmin(AccountService accounts, AdminSettings settings) {
        this.accounts = accounts;
        this.username = settings.username();
        this.password = settings.password();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAccounts()) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String firstPassword = generated ? accounts.generatePassword() : password;
        Problems problems = accounts.create(username, firstPassword, EditorRole.ADMIN);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("APP_ADMIN_USERNAME must be 1 to 100 characters and APP_ADMIN_PASSWORD "
                    + "12 to 72 bytes long; the first administrator was not created (" + problems.byField() + ")");
        }
        if (generated) {
            log.warn("""

                    ==========================================================================
                    First administrator created for the editors' workspace (/editor):
                      user name: {}
                      password:  {}
                    This password is shown only now. Sign in and keep it safe, or set
                    APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD before the first start.
                    ==========================================================================""", username, firstPassword);
        } else {
            log.info("First administrator '{}' created from the environment", username);
        }
    }
}
