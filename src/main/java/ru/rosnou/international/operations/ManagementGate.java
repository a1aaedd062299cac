package ru.rosnou.international.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
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
 * token it is refused (403) altogether, with a wrong or missing one it answers 401. {@code /actuator/reindex} (the
 * search index rebuilt from the database) is guarded the same way by {@code app.reindex.token}
 * ({@code APP_REINDEX_TOKEN}).
 */
// Listed in META-INF/spring/...ManagementContextConfiguration.imports, so that Spring Boot adds it to the management
// port's own context; on purpose no @ManagementContextConfiguration (a @Configuration), which the site's component
// scan would also put into the public port's context.
public class ManagementGate {

    @Bean
    @ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
    FilterRegistrationBean<OncePerRequestFilter> managementGateFilter(
            PathMappedEndpoints endpoints, BackupSettings backup, ReindexSettings reindex) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new Gate(endpoints, backup.token(), reindex.token()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class Gate extends OncePerRequestFilter {

        private final String basePath;
        private final List<String> paths;
        private final List<Guarded> guarded;

        /** An operation that needs its token: its path, the token, what to say when none is configured. */
        private record Guarded(String path, byte[] token, String unset, String wrong) {

            boolean covers(String requested) {
                return requested.equals(path) || requested.startsWith(path + "/");
            }
        }

        Gate(PathMappedEndpoints endpoints, String backupToken) {
            this(endpoints, backupToken, "");
        }

        Gate(PathMappedEndpoints endpoints, String backupToken, String reindexToken) {
            this.basePath = endpoints.getBasePath();
            this.paths = List.copyOf(endpoints.getAllPaths());
            this.guarded = List.of(
                    new Guarded(
                            basePath + "/backup",
                            backupToken.strip().getBytes(StandardCharsets.UTF_8),
                            "Backups need APP_BACKUP_TOKEN to be set",
                            "The backup token is missing or wrong"),
                    new Guarded(
                            basePath + "/reindex",
                            reindexToken.strip().getBytes(StandardCharsets.UTF_8),
                            "Rebuilding the search index needs APP_REINDEX_TOKEN to be set",
                            "The reindex token is missing or wrong"));
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
            for (Guarded operation : guarded) {
                if (!operation.covers(path)) {
                    continue;
                }
                if (operation.token().length == 0) {
                    answer(response, HttpServletResponse.SC_FORBIDDEN, operation.unset());
                    return;
                }
                String given = request.getHeader("Authorization");
                byte[] token = given != null && given.startsWith("Bearer ")
                        ? given.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8)
                        : new byte[0];
                if (!MessageDigest.isEqual(token, operation.token())) {
                    response.setHeader("WWW-Authenticate", "Bearer");
                    answer(response, HttpServletResponse.SC_UNAUTHORIZED, operation.wrong());
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
