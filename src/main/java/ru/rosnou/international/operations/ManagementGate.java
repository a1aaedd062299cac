package ru.rosnou.international.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The management port's door (it runs in that port's own context): an address that is no exposed endpoint is
 * answered 404 in one short line, before anything else sees it (the site's handlers would otherwise try to hand it
 * to Vaadin, which is not there: a 500 with a long stack trace); and {@code /actuator/backup} needs the token of
 * {@code app.backup.token} ({@code APP_BACKUP_TOKEN}) as {@code Authorization: Bearer ...}: without a configured
 * token it is refused (403) altogether, with a wrong or missing one it answers 401.
 */
// Listed in META-INF/spring/...ManagementContextConfiguration.imports, so that Spring Boot adds it to the management
// port's own context; on purpose no @ManagementContextConfiguration (a @Configuration), which the site's component
// scan would also put into the public port's context.
public class ManagementGate {

    @Bean
    @ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
    FilterRegistrationBean<OncePerRequestFilter> managementGateFilter(
            PathMappedEndpoints endpoints, @Value("${app.backup.token:}") String backupToken) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new Gate(endpoints, backupToken));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class Gate extends OncePerRequestFilter {

        private final String basePath;
        private final List<String> paths;
        private final String backupPath;
        private final byte[] backupToken;

        Gate(PathMappedEndpoints endpoints, String backupToken) {
            this.basePath = endpoints.getBasePath();
            this.paths = List.copyOf(endpoints.getAllPaths());
            this.backupPath = basePath + "/backup";
            this.backupToken = backupToken.strip().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (!path.equals(basePath) && paths.stream().noneMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
                answer(response, HttpServletResponse.SC_NOT_FOUND, "Not found");
                return;
            }
            if (path.equals(backupPath) || path.startsWith(backupPath + "/")) {
                if (backupToken.length == 0) {
                    answer(response, HttpServletResponse.SC_FORBIDDEN, "Backups need APP_BACKUP_TOKEN to be set");
                    return;
                }
                String given = request.getHeader("Authorization");
                byte[] token = given != null && given.startsWith("Bearer ")
                        ? given.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8)
                        : new byte[0];
                if (!MessageDigest.isEqual(token, backupToken)) {
                    response.setHeader("WWW-Authenticate", "Bearer");
                    answer(response, HttpServletResponse.SC_UNAUTHORIZED, "The backup token is missing or wrong");
                    return;
                }
            }
            chain.doFilter(request, response);
        }

        private static void answer(HttpServletResponse response, int status, String text) throws IOException {
            response.setStatus(status);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(text + "\n");
        }
    }
}
