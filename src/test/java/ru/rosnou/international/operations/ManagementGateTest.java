package ru.rosnou.international.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The management port answers its endpoints only, and backs up only for whoever has the backup token. */
class ManagementGateTest {

    private static ManagementGate.Gate gate(String token) {
        PathMappedEndpoints endpoints = mock(PathMappedEndpoints.class);
        when(endpoints.getBasePath()).thenReturn("/actuator");
        when(endpoints.getAllPaths())
                .thenReturn(
                        List.of("/actuator/health", "/actuator/prometheus", "/actuator/backup", "/actuator/reindex"));
        return new ManagementGate.Gate(endpoints, token);
    }

    private static ManagementGate.Gate gate(String backupToken, String reindexToken) {
        PathMappedEndpoints endpoints = mock(PathMappedEndpoints.class);
        when(endpoints.getBasePath()).thenReturn("/actuator");
        when(endpoints.getAllPaths())
                .thenReturn(
                        List.of("/actuator/health", "/actuator/prometheus", "/actuator/backup", "/actuator/reindex"));
        return new ManagementGate.Gate(endpoints, backupToken, reindexToken);
    }

    private static MockHttpServletResponse send(
            ManagementGate.Gate gate, String method, String path, String authorization) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        gate.doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            response.setStatus(299);
        }
        return response;
    }

    @Test
    void unknownPathsAnswer404InOneShortLine() throws Exception {
        ManagementGate.Gate gate = gate("");
        for (String path : List.of("/actuator/nope", "/nope", "/", "/actuator/healthz", "/en/editor/login")) {
            MockHttpServletResponse response = send(gate, "GET", path, null);
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentAsString()).isEqualTo("Not found\n");
        }
        for (String path :
                List.of("/actuator", "/actuator/health", "/actuator/health/readiness", "/actuator/prometheus")) {
            assertThat(send(gate, "GET", path, null).getStatus()).as(path).isEqualTo(299);
        }
    }

    @Test
    void backupsNeedTheConfiguredToken() throws Exception {
        assertThat(send(gate(""), "POST", "/actuator/backup", null).getStatus())
                .as("no token configured: no backups")
                .isEqualTo(403);
        assertThat(send(gate(""), "POST", "/actuator/backup", "Bearer ").getStatus())
                .isEqualTo(403);
        ManagementGate.Gate gate = gate("s3cret-token");
        assertThat(send(gate, "POST", "/actuator/backup", null).getStatus()).isEqualTo(401);
        assertThat(send(gate, "POST", "/actuator/backup", "Bearer wrong").getStatus())
                .isEqualTo(401);
        assertThat(send(gate, "POST", "/actuator/backup", "Bearer s3cret-token").getStatus())
                .isEqualTo(299);
    }

    @Test
    void rebuildingTheSearchIndexNeedsItsOwnToken() throws Exception {
        for (String method : List.of("POST", "GET")) {
            assertThat(send(gate("backup-token", ""), method, "/actuator/reindex", "Bearer backup-token")
                            .getStatus())
                    .as("no reindex token configured: refused, whatever the backup token")
                    .isEqualTo(403);
            ManagementGate.Gate gate = gate("backup-token", "reindex-token");
            assertThat(send(gate, method, "/actuator/reindex", null).getStatus())
                    .isEqualTo(401);
            assertThat(send(gate, method, "/actuator/reindex", "Bearer backup-token")
                            .getStatus())
                    .as("the backup token does not open the reindex")
                    .isEqualTo(401);
            assertThat(send(gate, method, "/actuator/reindex", "Bearer reindex-token")
                            .getStatus())
                    .isEqualTo(299);
            assertThat(send(gate, "POST", "/actuator/backup", "Bearer reindex-token")
                            .getStatus())
                    .as("nor the reindex token the backup")
                    .isEqualTo(401);
        }
    }
}
