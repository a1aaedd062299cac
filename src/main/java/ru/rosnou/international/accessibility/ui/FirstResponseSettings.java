package ru.rosnou.international.accessibility.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import ru.rosnou.international.accessibility.domain.ReadingSettings;

/**
 * Writes the visitor's settings onto {@code <html>} in the very first HTML response, so the page is
 * drawn in the reader's size and colours from its first frame, with no flash of the default style.
 */
@Component
public class FirstResponseSettings implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            ReadingSettings settings = SettingsCookie.read(response.getVaadinRequest());
            var html = response.getDocument().getElementsByTag("html");
            settings.htmlAttributes().forEach(html::attr);
        });
    }
}
