package ru.rosnou.international.editorial.ui;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security for the site: every view states who may open it (public pages {@code @AnonymousAllowed},
 * the workspace {@code @RolesAllowed}); unknown visitors to the workspace are sent to its login page.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // Requests themselves are open, so unknown public addresses still answer 404; what a visitor may
        // see is decided per view by Vaadin's navigation access control from the views' annotations.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .loginView(LoginView.class, "/")
                        .defaultSuccessUrl("/editor")
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
