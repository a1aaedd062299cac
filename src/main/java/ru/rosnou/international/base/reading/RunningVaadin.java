package ru.rosnou.international.base.reading;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Vaadin's service once it has started: reading pages are looked up in its router and drawn with its views. */
@Component
public class RunningVaadin implements VaadinServiceInitListener {

    private volatile @Nullable VaadinService service;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        service = event.getSource();
    }

    /** The service, empty until Vaadin has started. */
    public Optional<VaadinService> service() {
        return Optional.ofNullable(service);
    }
}
