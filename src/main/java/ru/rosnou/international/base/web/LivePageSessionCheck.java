package ru.rosnou.international.base.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.handler.MappedInterceptor;
import org.springframework.web.servlet.mvc.ServletForwardingController;

/**
 * Before a page load is handed to Vaadin (Spring forwards every address no controller takes to Vaadin's servlet),
 * asks {@link SessionLimit} whether it may make the session Vaadin will make; if not, the visitor gets the "busy"
 * page instead. Vaadin's own requests ({@code v-r}) never make a session.
 */
@Configuration(proxyBeanMethods = false)
public class LivePageSessionCheck implements HandlerInterceptor {

    /** Every handler mapping (Vaadin's too) applies interceptors declared as such beans. */
    @Bean
    static MappedInterceptor livePageSessionInterceptor() {
        return new MappedInterceptor(null, new LivePageSessionCheck());
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        return !(handler instanceof ServletForwardingController)
                || request.getParameter("v-r") != null
                || SessionLimit.mayMakeSession(request);
    }
}
