package ru.rosnou.international.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.ListenerPriority;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import ru.rosnou.international.base.i18n.Language;

/**
 * Vaadin's access control sends a signed-out visitor of any workspace page to the one login view it knows, the
 * Russian one. Running before it, this sends readers of English workspace pages to the English login page and
 * remembers the page they asked for in the same place as Vaadin does, for after signing in. (Forwarding twice,
 * first to the Russian page and then on, would leave the browser's history on the Russian one.)
 */
@Component
class EnglishLoginForward implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;

    EnglishLoginForward(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> uiInit.getUI().addBeforeEnterListener(new Listener()));
    }

    @ListenerPriority(1)
    final class Listener implements BeforeEnterListener {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            if (Language.ofPath(event.getLocation().getPath()) != Language.EN
                    || !event.getNavigationTarget().isAnnotationPresent(RolesAllowed.class)
                    || authentication.isAuthenticated()
                    || VaadinServletRequest.getCurrent() == null) {
                return;
            }
            String wanted = event.getLocation().getPathWithQueryParameters();
            var request = VaadinServletRequest.getCurrent();
            request.getWrappedSession().setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT, wanted);
            request.getWrappedSession()
                    .setAttribute(
                            NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE,
                            ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                                    .path("/" + wanted)
                                    .build()
                                    .toUriString());
            event.forwardTo(LoginView.EnglishLoginView.class);
        }
    }
}
