package org.safepassage.intake.admission;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts admission before the pages a flood would aim at. */
@Configuration
@ConditionalOnWebApplication
public class AdmissionConfiguration implements WebMvcConfigurer {

    private final AdmissionInterceptor interceptor;

    public AdmissionConfiguration(AdmissionInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Each of these pages opens a session (its form carries a token); the session cap must not fill with a flood's.
        registry.addInterceptor(interceptor).addPathPatterns("/register", "/packet", "/status");
    }
}
