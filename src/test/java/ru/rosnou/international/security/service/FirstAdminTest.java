package ru.rosnou.international.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import ru.rosnou.international.base.forms.Problems;
import ru.rosnou.international.security.domain.EditorRole;

@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

    @Test
    void withoutAPasswordInTheEnvironmentOneIsGeneratedAndPrintedOnce(CapturedOutput output) {
        AccountService accounts = mock(AccountService.class);
        when(accounts.hasAccounts()).thenReturn(false);
        when(accounts.generatePassword()).thenReturn("Generated2345PasswordX");
        when(accounts.create(anyString(), anyString(), eq(EditorRole.ADMIN))).thenReturn(Problems.none());

        new FirstAdmin(accounts, new AdminSettings("chief", "")).run(new DefaultApplicationArguments());

        verify(accounts).create("chief", "Generated2345PasswordX", EditorRole.ADMIN);
        assertThat(output.getOut()).contains("user name: chief").contains("password:  Generated2345PasswordX");
    }

    @Test
    void aPasswordFromTheEnvironmentIsUsedAndNeverPrinted(CapturedOutput output) {
        AccountService accounts = mock(AccountService.class);
        when(accounts.hasAccounts()).thenReturn(false);
        when(accounts.create(anyString(), anyString(), eq(EditorRole.ADMIN))).thenReturn(Problems.none());

        new FirstAdmin(accounts, new AdminSettings("chief", "from-the-environment-42"))
                .run(new DefaultApplicationArguments());

        ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
        verify(accounts).create(eq("chief"), password.capture(), eq(EditorRole.ADMIN));
        assertThat(password.getValue()).isEqualTo("from-the-environment-42");
        assertThat(output.getOut()).doesNotContain("from-the-environment-42");
    }

    @Test
    void nothingHappensWhenAccountsExist() {
        AccountService accounts = mock(AccountService.class);
        when(accounts.hasAccounts()).thenReturn(true);

        new FirstAdmin(accounts, new AdminSettings("chief", "")).run(new DefaultApplicationArguments());

        verify(accounts, never()).create(anyString(), anyString(), eq(EditorRole.ADMIN));
    }
}
