package org.safepassage.intake.system;

import jakarta.servlet.RequestDispatcher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Nobody logs in to the intake. Spring Security is here for CSRF protection and the headers
 * that keep a page from loading or leaking anything: nothing from another host, no framing,
 * no referrer, no caching of pages that may show a receipt.
 */
@Configuration
@ConditionalOnWebApplication
public class WebSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "font-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain intakeFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // Admission makes no session until it admits, so its forms carry no token (see AdmissionController).
                .csrf(csrf -> csrf.ignoringRequestMatchers("/admission"))
                .sessionManagement(session -> session
                        .sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(), interest-cohort=()")))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, denied) -> {
                    // An expired page (CSRF token gone with the session) is sent back with what was typed.
                    String target = denied instanceof CsrfException ? PageExpiredController.PATH : "/error";
                    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 403);
                    request.getRequestDispatcher(target).forward(request, response);
                }));
        return http.build();
    }
}
