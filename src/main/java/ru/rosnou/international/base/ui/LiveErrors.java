package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandlerUtil;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What an editor sees when something fails in the live workspace after the page has loaded (a click, a value sent
 * to the server): before, such an exception was only logged and the editor was left wondering whether the step
 * had been done. Every session's error handler now logs the exception with a short id and shows the editor an
 * alert in the page's language that names the same id (so the editor can tell the administrator which one), which
 * screen readers announce at once (an assertive live region) and which stays until it is closed. Errors while a
 * page is being opened are the router's, answered by the error page.
 */
@Component
public class LiveErrors implements VaadinServiceInitListener {

    /** The class of the alert's text, for tests and styles. */
    public static final String ALERT_CLASS = "live-error";

    private static final Logger log = LoggerFactory.getLogger(LiveErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    /**
     * Logs an error with a new id and tells the editor of the UI it happened in. What Vaadin's own handler leaves
     * alone (a closed tab, a dropped connection) or sends to an error view of its exact type stays so.
     */
    static final class Handler extends DefaultErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable problem = findRelevantThrowable(event.getThrowable());
            if (!shouldHandle(problem) || ErrorHandlerUtil.handleErrorByRedirectingToErrorView(problem)) {
                return;
            }
            String id = newId();
            log.error("Error {} in a live page", id, problem);
            Optional<UI> ui = event.getComponent()
                    .flatMap(component -> component.getUI())
                    .or(() -> Optional.ofNullable(UI.getCurrent()));
            ui.ifPresent(current -> {
                if (current.getSession().hasLock()) {
                    show(current, id);
                } else {
                    current.access(() -> show(current, id));
                }
            });
        }
    }

    /** A short id that finds the log line: eight hexadecimal digits are enough among one site's errors. */
    static String newId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The alert, in the UI's language, with a button that closes it; it never closes by itself. */
    static Notification show(UI ui, String id) {
        Paragraph text = new Paragraph(ui.getTranslation("live.error", id));
        text.addClassName(ALERT_CLASS);
        Notification notification = new Notification();
        NativeButton close = new NativeButton(ui.getTranslation("live.error.close"), click -> notification.close());
        close.addClassName("live-error-close");
        Div content = new Div(text, close);
        content.addClassName("live-error-content");
        notification.add(content);
        notification.setAssertive(true);
        notification.setDuration(0);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.open();
        return notification;
    }
}
