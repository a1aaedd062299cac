package ru.rosnou.international.base.reading;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.ref.Reference;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one class that uses Vaadin's internals ({@code CurrentInstance}; {@code ArchitectureTest} keeps it so): a
 * drawing outside Vaadin's request handling sees the service, the request and a UI of its own as current, as a
 * view drawn by the router does, and whatever was current before is put back afterwards.
 */
public final class CurrentVaadin {

    private CurrentVaadin() {}

    /** Runs {@code drawing} with the service, the request and {@code ui} as Vaadin's current ones. */
    public static <T> T during(VaadinService service, HttpServletRequest request, UI ui, Supplier<T> drawing) {
        Map<Class<?>, CurrentInstance> previous = CurrentInstance.getInstances();
        // Vaadin holds its current instances by weak references only: without these strong ones a collection
        // during the drawing could take the request away, and the page would be drawn, and kept, without the
        // reader's settings (seen as a page without its colour scheme, now and then, under load).
        VaadinServletRequest vaadinRequest = new VaadinServletRequest(request, (VaadinServletService) service);
        try {
            CurrentInstance.clearAll();
            VaadinService.setCurrent(service);
            CurrentInstance.set(VaadinRequest.class, vaadinRequest);
            UI.setCurrent(ui);
            return drawing.get();
        } finally {
            CurrentInstance.clearAll();
            CurrentInstance.restoreInstances(previous);
            Reference.reachabilityFence(ui);
            Reference.reachabilityFence(vaadinRequest);
        }
    }
}
