package org.safepassage.intake.system;

import java.util.Locale;
import org.safepassage.intake.admission.FloodDetector;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Persian by default (the browser's Accept-Language is ignored: a submitter's browser may be set
 * to English for cover); {@code ?lang=en} or {@code ?lang=fa} switches for the session (see
 * {@link LanguageChoice} for a visitor without one during a flood).
 */
@Configuration
public class LocaleSettings implements WebMvcConfigurer {

    public static final Locale PERSIAN = Locale.forLanguageTag("fa");

    @Bean
    LocaleResolver localeResolver(FloodDetector flood) {
        return new LanguageChoice(flood);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
