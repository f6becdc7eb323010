package org.safepassage.desk.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the desk answers is its own page, whatever the client asked for: never the
 * framework's JSON, which would echo the path and a precise time, or the container's page.
 */
@Controller
public class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }
}
