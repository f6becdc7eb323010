package org.safepassage.intake.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.safepassage.intake.IntakeSettings;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before anything reads a request body. A body larger than allowed is refused with 413
 * before it is parsed; bodies large enough to matter (attachments, held in memory so that no
 * plaintext touches a temporary file) need one of a few permits, so a surge cannot exhaust memory.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadAdmission extends OncePerRequestFilter {

    static final long LARGE_BODY_BYTES = 256 * 1024;
    /** Parts pasted plus a text file: far more than any packet, and within what the servlet container parses. */
    public static final long PACKET_BODY_BYTES = 256 * 1024;

    private final long maxRequestBytes;
    private final Semaphore largeBodies;

    public UploadAdmission(IntakeSettings settings) {
        this.maxRequestBytes = settings.maxRequestSize().toBytes();
        this.largeBodies = new Semaphore(settings.concurrentUploads());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if ("POST".equals(request.getMethod()) && "/packet".equals(request.getServletPath())
                && (length < 0 || length > PACKET_BODY_BYTES)) {
            response.sendError(length < 0 ? HttpServletResponse.SC_LENGTH_REQUIRED : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (length > maxRequestBytes) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        boolean large = length < 0 ? "POST".equals(request.getMethod()) && isMultipart(request) : length > LARGE_BODY_BYTES;
        if (!large) {
            chain.doFilter(request, response);
            return;
        }
        boolean admitted;
        try {
            admitted = largeBodies.tryAcquire(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader("Retry-After", IntakeErrors.RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            largeBodies.release();
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }
}
