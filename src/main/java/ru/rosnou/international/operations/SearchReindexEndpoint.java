package ru.rosnou.international.operations;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.stereotype.Component;
import ru.rosnou.international.news.search.service.SearchReindex;

/**
 * Rebuilds the search index from the database while the site serves: {@code POST /actuator/reindex} on the
 * management port starts it (202; 409 while one runs), {@code GET /actuator/reindex} says where it stands. Both need
 * the token of {@code app.reindex.token} ({@code APP_REINDEX_TOKEN}) as a bearer token, checked by
 * {@link ManagementGate}; without a configured token the operation is refused. With several instances, ask one: the
 * index is shared. Progress also goes to the log.
 */
@Component
@Endpoint(id = "reindex")
public class SearchReindexEndpoint {

    private final SearchReindex reindex;

    public SearchReindexEndpoint(SearchReindex reindex) {
        this.reindex = reindex;
    }

    @WriteOperation
    public WebEndpointResponse<Map<String, Object>> start() {
        return reindex.start()
                .map(status -> new WebEndpointResponse<>(describe(status), 202))
                .orElseGet(() ->
                        new WebEndpointResponse<>(Map.of("error", "a rebuild of the search index is running"), 409));
    }

    @ReadOperation
    public WebEndpointResponse<Map<String, Object>> status() {
        return reindex.status()
                .map(status -> new WebEndpointResponse<>(describe(status), 200))
                .orElseGet(() -> new WebEndpointResponse<>(Map.of("running", false), 200));
    }

    private static Map<String, Object> describe(SearchReindex.Status status) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("running", status.running());
        described.put("started", status.started().toString());
        described.put("indexed", status.indexed());
        described.put("total", status.total());
        described.put("removed", status.removed());
        if (status.finished() != null) {
            described.put("finished", status.finished().toString());
        }
        if (status.failure() != null) {
            described.put("failure", status.failure());
        }
        return described;
    }
}
