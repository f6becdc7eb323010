package org.safepassage.desk.staff;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page: name, password and one-time code. */
@Controller
public class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String failed, @RequestParam(required = false) String expired,
                 @RequestParam(required = false) String signedOut, @RequestParam(required = false) String ended,
                 HttpSession session, Model model) {
        if (failed != null) {
            Object exception = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("problem", exception instanceof AuthenticationException e ? e.getMessage()
                    : StaffAuthentication.FAILED);
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        } else if (expired != null) {
            model.addAttribute("notice", "Your session ended. Sign in again.");
        } else if (ended != null) {
            model.addAttribute("notice", "Your session ended because an admin changed your account. Sign in again.");
        } else if (signedOut != null) {
            model.addAttribute("notice", "You are signed out.");
        }
        return "login";
    }
}
