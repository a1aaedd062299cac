package ru.rosnou.international.base.data;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Tells the connection pool that a connection whose database has closed is dead. Hikari knows the standard
 * "connection lost" states (08xxx) but not H2's own "database is closed" (90098, after H2 shut itself down under
 * memory pressure) and "closed at shutdown" (90121): it would keep lending such connections, and the site would
 * keep failing after the database was back. Likewise H2's "general error" from its store (a write that failed,
 * such as on a full disk, after which the store is closed). Configured in application.properties.
 */
public class ClosedDatabaseEviction implements SQLExceptionOverride {

    private static final int H2_DATABASE_IS_CLOSED = 90098;
    private static final int H2_DATABASE_CALLED_AT_SHUTDOWN = 90121;
    private static final int H2_GENERAL_ERROR = 50000;

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        int code = e.getErrorCode();
        boolean storeFailed = code == H2_GENERAL_ERROR
                && e.getMessage() != null
                && e.getMessage().contains("MVStoreException");
        return code == H2_DATABASE_IS_CLOSED || code == H2_DATABASE_CALLED_AT_SHUTDOWN || storeFailed
                ? Override.MUST_EVICT
                : Override.CONTINUE_EVICT;
    }
}
