package ru.rosnou.international.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * A live page whose session has gone (its instance died behind the load balancer, or the session timed out) loads
 * itself anew instead of showing Vaadin's "Session expired" box: an editor is then on the login page, or back on
 * the page after signing in, never in front of an error. Also counts the open live UIs for the metrics.
 */
@Component
public class LostSessionReload implements VaadinServiceInitListener {

    private final AtomicInteger openUis = new AtomicInteger();

    public LostSessionReload(MeterRegistry metrics) {
        Gauge.builder("rosnou.uis.open", openUis, AtomicInteger::get)
                .description("Vaadin UIs open on this instance (live pages only: reading pages have none)")
                .register(metrics);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            // Without a notification, Vaadin's client reloads the page itself.
            messages.setSessionExpiredNotificationEnabled(false);
            return messages;
        });
        event.getSource().addUIInitListener(init -> {
            openUis.incrementAndGet();
            init.getUI().addDetachListener(detach -> openUis.decrementAndGet());
        });
    }
}
