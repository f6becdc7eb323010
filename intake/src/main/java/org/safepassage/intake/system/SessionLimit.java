package org.safepassage.intake.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.session.StandardManager;
import org.apache.catalina.session.TooManyActiveSessionsException;
import org.safepassage.intake.IntakeSettings;
import org.safepassage.intake.session.SessionMode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions are capped in number ({@code --max-sessions}): a flood that opens sessions through any
 * page cannot exhaust memory (or, when sessions are shared, the database). A visitor who would be one
 * too many sees the "busy, try again in a minute" page; nothing was stored. When sessions are shared
 * ({@link SessionMode}) the container makes none of its own: any attempt would be refused here too.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class SessionLimit extends OncePerRequestFilter implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final int maxSessions;

    public SessionLimit(IntakeSettings settings, Environment environment) {
        this.maxSessions = SessionMode.shared(environment) ? 0 : settings.maxSessions();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardManager manager = new StandardManager();
            manager.setMaxActiveSessions(maxSessions);
            context.setManager(manager);
        });
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!tooManySessions(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            response.setHeader("Retry-After", IntakeErrors.RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private static boolean tooManySessions(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooManyActiveSessionsException) {
                return true;
            }
        }
        return false;
    }
}
