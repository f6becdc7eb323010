package org.safepassage.intake.system;

import jakarta.servlet.http.HttpServletRequest;
import org.safepassage.intake.registration.FormChoices;
import org.safepassage.intake.registration.RegistrationForm;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A form posted after its session expired (15 minutes idle) is not accepted, but what the person
 * typed comes back on a fresh page so that a long narrative is not lost. Attachments must be chosen again.
 */
@Controller
public class PageExpiredController {

    public static final String PATH = "/page-expired";

    private final FormChoices choices;

    public PageExpiredController(FormChoices choices) {
        this.choices = choices;
    }

    @RequestMapping(PATH)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String expired(@ModelAttribute("form") RegistrationForm form, HttpServletRequest request, Model model) {
        String original = (String) request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_SERVLET_PATH);
        model.addAttribute("pageExpired", true);
        if ("/register".equals(original)) {
            form.padFamily();
            choices.addTo(model);
            return "register";
        }
        String draft = request.getParameter("message");
        model.addAttribute("draft", draft == null ? request.getParameter("draft") : draft);
        model.addAttribute("receiptError", "session.ended");
        return "status-entry";
    }
}
