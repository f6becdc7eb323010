package org.safepassage.intake.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The outermost filter: whatever fails below it (an unreadable body, a form field no form has, a
 * bug) becomes the intake's own page in the submitter's language with a plain status, never the
 * container's page, a stack trace in the log or the framework's JSON. Each is counted for the
 * minute's summary ({@link RefusedRequests}) by its kind only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestFailures extends OncePerRequestFilter {

    private final RefusedRequests refused;

    public RequestFailures(RefusedRequests refused) {
        this.refused = refused;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (causedBy(failure, ClientAbortException.class)) {
                return; // the client went away: nothing to answer, nothing worth a log line
            }
            int status = statusOf(failure);
            if (causedBy(failure, DataAccessException.class)) {
                request.setAttribute(IntakeErrorPages.DATABASE_FAILED, Boolean.TRUE);
            }
            refused.count(status, rootCause(failure).getClass().getSimpleName());
            ErrorPageForward.send(request, response, status);
        }
    }

    static int statusOf(Throwable failure) {
        if (causedBy(failure, SizeException.class) || causedBy(failure, MaxUploadSizeExceededException.class)) {
            return HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
        }
        if (causedBy(failure, MultipartException.class) || causedBy(failure, FileUploadException.class)
                || causedBy(failure, InvalidPropertyException.class) || causedBy(failure, TypeMismatchException.class)
                || causedBy(failure, BindException.class)) {
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        if (causedBy(failure, DataAccessException.class)) {
            // The database does not answer (a shared session cannot be read or saved, say): "come back in a
            // while, and send the same page again" (it may have been stored); the session cookie is left as it was.
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
