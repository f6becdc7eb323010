package org.safepassage.intake.upload;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.Locale;
import org.safepassage.intake.IntakeSettings;
import org.safepassage.intake.system.ErrorPageForward;
import org.safepassage.intake.system.RefusedRequests;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before anything reads a request body. A body larger than allowed is refused with 413 before
 * a byte of it is read. A multipart body (the form with files, a pasted packet) is read here, whole,
 * into memory (never a temporary file: it is plaintext until sealed), reserving {@link UploadMemory}
 * as its bytes arrive; once {@code uploadGrace} has passed it must keep up {@code minUploadRate} on
 * average or it is cut off. So an idle or trickling connection holds a thread for seconds and
 * memory for the few bytes it sent, never a slot that real uploads wait for.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class UploadAdmission extends OncePerRequestFilter {

    /** Parts pasted plus a text file: far more than any packet. */
    public static final long PACKET_BODY_BYTES = 256 * 1024;
    private static final int CHUNK = 64 * 1024;
    private static final long DRAIN_FACTOR = 4;

    private final long maxRequestBytes;
    private final long minBytesPerSecond;
    private final long graceNanos;
    private final UploadMemory memory;
    private final RefusedRequests refused;

    public UploadAdmission(IntakeSettings settings, UploadMemory memory, RefusedRequests refused) {
        this.maxRequestBytes = settings.maxRequestSize().toBytes();
        this.minBytesPerSecond = settings.minUploadRate().toBytes();
        this.graceNanos = settings.uploadGrace().toNanos();
        this.memory = memory;
        this.refused = refused;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        boolean packet = "/packet".equals(request.getServletPath());
        if (packet && length > PACKET_BODY_BYTES || length > maxRequestBytes) {
            // Read and dropped (never held) so that the browser, still sending, gets to show the page;
            // at the same minimum rate as any body, and only up to a bound.
            if (length <= DRAIN_FACTOR * maxRequestBytes && receive(request.getInputStream(), length, null) == Outcome.GONE) {
                return;
            }
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "declared length over the limit");
            return;
        }
        if (!isMultipart(request)) {
            chain.doFilter(request, response); // small forms: the container reads them, within max-http-form-post-size
            return;
        }
        if (length < 0) {
            refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, "multipart without a length");
            return;
        }
        ArrivedBody body = new ArrivedBody();
        long reserved = 0;
        try {
            Outcome outcome = receive(request.getInputStream(), length, body);
            reserved = 2 * body.size();
            if (outcome == Outcome.GONE) {
                return;
            }
            if (outcome != Outcome.COMPLETE) {
                refuse(request, response, outcome == Outcome.TOO_SLOW ? HttpServletResponse.SC_REQUEST_TIMEOUT
                        : HttpServletResponse.SC_SERVICE_UNAVAILABLE, outcome == Outcome.TOO_SLOW
                        ? "body arrived too slowly" : "upload memory full");
                return;
            }
            chain.doFilter(new BufferedMultipartRequest(request, body), response);
        } finally {
            memory.release(reserved);
        }
    }

    private enum Outcome { COMPLETE, TOO_SLOW, BUSY, GONE }

    /**
     * Reads exactly {@code length} bytes into {@code body}, or drops them when it is null. Each chunk
     * kept reserves twice its size: once as it arrived, once for the parts parsed out of it. On any
     * outcome the caller releases twice what was kept.
     */
    private Outcome receive(InputStream in, long length, ArrivedBody body) throws IOException {
        long start = System.nanoTime();
        byte[] chunk = new byte[CHUNK];
        long received = 0;
        while (received < length) {
            int read;
            try {
                read = in.read(chunk, 0, (int) Math.min(CHUNK, length - received));
            } catch (SocketTimeoutException e) {
                return Outcome.TOO_SLOW;
            } catch (EOFException e) {
                return Outcome.GONE;
            } catch (IOException e) {
                return Outcome.GONE; // the client closed the connection
            }
            if (read < 0) {
                return Outcome.GONE;
            }
            if (body != null) {
                if (!memory.reserve(2L * read)) {
                    return Outcome.BUSY;
                }
                body.add(chunk, read);
            }
            received += read;
            long elapsed = System.nanoTime() - start;
            if (elapsed > graceNanos && received < length && received < minBytesPerSecond * (elapsed / 1_000_000_000.0)) {
                return Outcome.TOO_SLOW;
            }
        }
        return Outcome.COMPLETE;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String why)
            throws IOException, ServletException {
        refused.count(status, why);
        ErrorPageForward.send(request, response, status);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
