package org.safepassage.intake.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.safepassage.intake.admission.FloodDetector;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * The language a visitor chose, kept in their session. A visitor without a session who switches
 * language during a flood gets it for that page only, and no session: otherwise the language
 * switch would let a flood fill the capped number of sessions without ever earning admission.
 */
final class LanguageChoice extends SessionLocaleResolver {

    private static final String THIS_REQUEST = LanguageChoice.class.getName() + ".locale";

    private final FloodDetector flood;

    LanguageChoice(FloodDetector flood) {
        this.flood = flood;
        setDefaultLocaleFunction(request -> LocaleSettings.PERSIAN);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object chosen = request.getAttribute(THIS_REQUEST);
        return chosen instanceof Locale locale ? locale : super.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (request.getSession(false) == null && flood.arrivalIsGuarded()) {
            request.setAttribute(THIS_REQUEST, locale);
            return;
        }
        super.setLocale(request, response, locale);
    }
}
