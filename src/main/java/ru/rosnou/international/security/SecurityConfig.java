package ru.rosnou.international.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import ru.rosnou.international.base.web.SecurityHeaders;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.security.service.AccountService;
import ru.rosnou.international.security.service.SignInGuard;
import ru.rosnou.international.security.service.SignInThrottle;
import ru.rosnou.international.security.ui.LoginView;

/**
 * Spring Security for the site: every view states who may open it (public pages {@code @AnonymousAllowed},
 * the workspace {@code @RolesAllowed}); unknown visitors to the workspace are sent to its login page.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

    /**
     * The management port's health and metrics: open to whoever reaches that port (it listens on
     * MANAGEMENT_ADDRESS, by default this machine only), with no session and none of Vaadin's checks, which
     * cannot run outside Vaadin's own servlet.
     */
    @Bean
    @Order(0)
    SecurityFilterChain managementFilterChain(HttpSecurity http) throws Exception {
        // By path, not by endpoint: an address under /actuator that is no endpoint must not reach Vaadin's checks.
        http.securityMatcher("/" + SiteAddresses.ACTUATOR, "/" + SiteAddresses.ACTUATOR + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, SessionRegistry sessions, VaadinDefaultRequestCache requestCache) throws Exception {
        // Requests themselves are open, so unknown public addresses still answer 404; what a visitor may
        // see is decided per view by Vaadin's navigation access control from the views' annotations.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class, "/")
                        .logoutSuccessHandler(new SignInLanguage.SignedOutHandler())
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll));
        // Vaadin builds its success handler from this shared object when one is given: ours returns the
        // editor to the workspace in the language of the login page.
        SignInLanguage.SuccessHandler success = new SignInLanguage.SuccessHandler();
        success.setRequestCache(requestCache);
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, success);
        // Vaadin keeps a failure handler that is already set, instead of its "?error" on the Russian page. The
        // form login is added after Vaadin's configurer so that Vaadin's login page also becomes its address.
        http.formLogin(form -> form.failureHandler(new SignInLanguage.FailureHandler())
                .authenticationDetailsSource(SignInRequestDetails::new));
        // The reading-settings and question forms of pages that hold no session carry no CSRF token; their
        // controllers refuse forms from other sites by the browser's Sec-Fetch-Site / Origin instead.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(
                "/" + SiteAddresses.READING_SETTINGS,
                "/" + SiteAddresses.ASK,
                "/" + SiteAddresses.EN + SiteAddresses.ASK));
        // Headers on every response; the reading pages replace the Content-Security-Policy with their stricter
        // one before Spring writes its own (it does not overwrite a header that is already set). HSTS is sent on
        // HTTPS requests only, which behind the proxy X-Forwarded-Proto tells.
        http.headers(
                headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.LIVE_PAGE_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY))
                        .frameOptions(frame -> frame.deny()));
        // Every session is registered, so that disabling an account or resetting its password ends them.
        // An ended session is logged out and the request goes on anonymously: Vaadin then reloads the page,
        // and a workspace page sends its reader to the login page.
        http.sessionManagement(session -> session.maximumSessions(-1)
                .sessionRegistry(sessions)
                .expiredSessionStrategy(
                        event -> event.getFilterChain().doFilter(event.getRequest(), event.getResponse())));
        return http.build();
    }

    /** Spring's password check, guarded against other sites and noisy addresses: see {@link SignInProvider}. */
    @Bean
    DaoAuthenticationProvider authenticationProvider(
            AccountService accounts, PasswordEncoder passwords, SignInThrottle throttle, SignInGuard guard) {
        return new SignInProvider(accounts, passwords, throttle, guard);
    }

    /**
     * No Micrometer observation of each security filter, authorization and sign-in: they made up a fifth of the
     * time of every request and nothing reads them (the requests themselves are still measured, as
     * {@code http.server.requests}).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    static SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends or changes its id. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
