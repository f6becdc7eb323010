package org.safepassage.intake.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error status the intake answers is one of its own pages, in the submitter's language,
 * whatever the client asked for: never the framework's JSON (which would carry a precise time)
 * or the container's English page.
 */
@Controller
public class IntakeErrorPages implements ErrorController {

    /** Set on a request that failed because the database did not answer: its outcome may be unknown. */
    static final String DATABASE_FAILED = IntakeErrorPages.class.getName() + ".databaseFailed";

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        response.setStatus(status);
        model.addAttribute("status", status);
        return switch (status) {
            case HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE -> "too-large";
            case HttpServletResponse.SC_SERVICE_UNAVAILABLE -> {
                response.setHeader("Retry-After", IntakeErrors.RETRY_AFTER_SECONDS);
                // never "nothing was stored" when the database failed: a form may have been stored just before
                yield Boolean.TRUE.equals(request.getAttribute(DATABASE_FAILED)) ? "unavailable" : "busy";
            }
            default -> "error";
        };
    }
}
