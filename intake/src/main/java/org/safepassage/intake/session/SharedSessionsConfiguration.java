package org.safepassage.intake.session;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.security.SecureRandom;
import javax.sql.DataSource;
import org.safepassage.intake.IntakeSettings;
import org.safepassage.intake.system.IntakeKeys;
import org.safepassage.intake.system.SharedMinutes;
import org.safepassage.intake.system.StorageHealth;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions shared by every node through the database ({@link SessionMode}): Spring Session's filter
 * over {@link SealedSessions}, with the same cookie as in memory ({@code sid}: HttpOnly, SameSite
 * Strict, Secure when served over TLS). A session that cannot be read or saved because the database
 * does not answer gives the "come back in a while" page ({@code RequestFailures}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@Conditional(SessionMode.class)
class SharedSessionsConfiguration {

    /** A session is a row read or written by its key: a statement that takes 5 s means the database is in trouble. */
    private static final int STATEMENT_SECONDS = 5;

    @Bean
    SealedSessions sealedSessions(DataSource dataSource, IntakeKeys keys, SecureRandom random, SharedMinutes minutes,
                                  IntakeSettings settings, StorageHealth storage) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.setQueryTimeout(STATEMENT_SECONDS);
        return new SealedSessions(JdbcClient.create(jdbc), new SessionSeal(keys.pepper(), random), minutes,
                settings.maxSessions(), storage::available);
    }

    @Bean
    FilterRegistrationBean<SessionRepositoryFilter<SealedSession>> sharedSessionFilter(SealedSessions sessions,
            IntakeSettings settings) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("sid");
        cookie.setCookiePath("/");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Strict");
        cookie.setUseSecureCookie(settings.secureCookie());
        cookie.setUseBase64Encoding(false);
        CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
        resolver.setCookieSerializer(cookie);
        SessionRepositoryFilter<SealedSession> filter = new SessionRepositoryFilter<>(sessions);
        filter.setHttpSessionIdResolver(new StoredSessionCookie(resolver, sessions));
        FilterRegistrationBean<SessionRepositoryFilter<SealedSession>> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    /** Around the session filter: what a request read of the sessions is forgotten when it ends. */
    @Bean
    FilterRegistrationBean<Filter> sessionReadsOfARequest(SealedSessions sessions) {
        Filter filter = (request, response, chain) -> {
            sessions.requestEnded();
            try {
                chain.doFilter(request, response);
            } finally {
                sessions.requestEnded();
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }
}
