package ru.rosnou.international.news.search.ui;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import ru.rosnou.international.CuttableConnection;

/**
 * A search outage for the OpenSearch tests: a {@link CuttableConnection} to the node (bin/test's
 * {@code SEARCH_HOSTS}) that the test cuts, as a lost network would. A test class registers it as a static
 * {@code @RegisterExtension} field and sends the site through it from its {@code @DynamicPropertySource}
 * ({@link #routeSearch}); it is cut once the class's tests have run.
 */
final class SearchRelay implements AfterAllCallback {

    private final CuttableConnection connection;

    SearchRelay() {
        String node = System.getProperty("SEARCH_HOSTS", "127.0.0.1:9200");
        int colon = node.lastIndexOf(':');
        connection = new CuttableConnection(node.substring(0, colon), Integer.parseInt(node.substring(colon + 1)));
    }

    /** Points the site's search client at the relay instead of the node. */
    void routeSearch(DynamicPropertyRegistry properties) {
        properties.add("SEARCH_HOSTS", () -> "127.0.0.1:" + connection.port());
    }

    /** The cluster away: open connections closed, new ones refused. */
    void cut() {
        connection.cut();
    }

    /** The cluster back. */
    void open() {
        connection.restore();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        connection.cut();
    }
}
