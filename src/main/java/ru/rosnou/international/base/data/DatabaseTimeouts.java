package ru.rosnou.international.base.data;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Gives PostgreSQL connections a time limit for opening ({@code connectTimeout}) and for each answer
 * ({@code socketTimeout}) unless the address already names them, so that a database behind a lost network
 * fails a request within seconds instead of holding its thread. (H2 refuses options it does not know, so they
 * cannot simply go into application.properties.) The pool's own wait is in application.properties.
 */
@Component
class DatabaseTimeouts implements BeanPostProcessor {

    private final DatabaseSettings settings;

    DatabaseTimeouts(DatabaseSettings settings) {
        this.settings = settings;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool
                && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            String url = pool.getJdbcUrl().toLowerCase(Locale.ROOT);
            if (!url.contains("connecttimeout=")) {
                pool.addDataSourceProperty("connectTimeout", Long.toString(seconds(settings.connectTimeout())));
            }
            if (!url.contains("sockettimeout=")) {
                pool.addDataSourceProperty("socketTimeout", Long.toString(seconds(settings.socketTimeout())));
            }
        }
        return bean;
    }

    private static long seconds(Duration duration) {
        return Math.max(1, duration.toSeconds());
    }
}
