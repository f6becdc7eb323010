package org.safepassage.intake.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.safepassage.core.envelope.AgeRecipient;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's frame needs: language, direction, and the desk key fingerprints to check a broadcast against. */
@ControllerAdvice
public class PageAttributes {

    private final List<String> fingerprints;

    public PageAttributes(IntakeKeys keys) {
        this.fingerprints = keys.recipients().stream().map(AgeRecipient::fingerprint).toList();
    }

    @ModelAttribute
    void frame(Model model, Locale locale, HttpServletRequest request) {
        boolean persian = "fa".equals(locale.getLanguage());
        model.addAttribute("lang", persian ? "fa" : "en");
        model.addAttribute("dir", persian ? "rtl" : "ltr");
        model.addAttribute("otherLang", persian ? "en" : "fa");
        model.addAttribute("deskFingerprints", fingerprints);
        model.addAttribute("currentPath", request.getServletPath().isEmpty() ? "/" : request.getServletPath());
    }
}
