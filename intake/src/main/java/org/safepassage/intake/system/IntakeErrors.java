package org.safepassage.intake.system;

import jakarta.servlet.http.HttpServletResponse;
import org.safepassage.intake.submission.IntakeBusyException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** Overload and oversize become clear pages in the submitter's language; nothing was stored in either case. */
@ControllerAdvice
public class IntakeErrors {

    public static final String RETRY_AFTER_SECONDS = "60";

    @ExceptionHandler(IntakeBusyException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String busy(HttpServletResponse response) {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        return "busy";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    String tooLarge() {
        return "too-large";
    }

    /** A body that is not the multipart form it says it is: refused, nothing read from it kept. */
    @ExceptionHandler(MultipartException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String unreadable(Model model) {
        model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
        return "error";
    }
}
