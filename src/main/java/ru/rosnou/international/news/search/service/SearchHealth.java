package ru.rosnou.international.news.search.service;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.engine.backend.Backend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the search index can answer ({@code /actuator/health}'s "search"): the embedded index always can; a shared
 * OpenSearch cluster is asked. Not part of readiness: the reading pages do not need the index, and while it is away
 * only the search page says so (HTTP 503), until the cluster answers again.
 */
@Component("search")
public class SearchHealth implements HealthIndicator {

    private final EntityManagerFactory entityManagers;

    public SearchHealth(EntityManagerFactory entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public Health health() {
        Backend backend = Search.mapping(entityManagers).backend();
        ElasticsearchBackend shared;
        try {
            shared = backend.unwrap(ElasticsearchBackend.class);
        } catch (SearchException embedded) {
            return Health.up().withDetail("backend", "embedded").build();
        }
        try {
            shared.client(RestClient.class).performRequest(new Request("GET", "/_cluster/health"));
            return Health.up().withDetail("backend", "opensearch").build();
        } catch (IOException | RuntimeException unreachable) {
            return Health.down(unreachable).withDetail("backend", "opensearch").build();
        }
    }
}
