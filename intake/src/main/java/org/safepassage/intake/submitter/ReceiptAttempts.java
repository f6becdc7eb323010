package org.safepassage.intake.submitter;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.stereotype.Component;

/**
 * Slows receipt guessing: a session may get {@value #MAX_FAILURES} receipts wrong in a minute; then
 * it is asked to wait before the next one is even checked. An 80-bit receipt is not guessed this
 * way in any case; this keeps a session from trying hundreds a second, and a new session costs
 * admission during a flood. Only counts are kept, never what was typed.
 */
@Component
public class ReceiptAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final String ATTRIBUTE = "submitter.receiptFailures";

    /** Whether this session must wait before another receipt is checked. */
    public boolean mustWait(HttpSession session) {
        return failures(session).recent(System.nanoTime()) >= MAX_FAILURES;
    }

    public void failed(HttpSession session) {
        Failures failures = failures(session);
        failures.add(System.nanoTime());
        session.setAttribute(ATTRIBUTE, failures);
    }

    private static Failures failures(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof Failures failures ? failures : new Failures();
    }

    /**
     * Ages of recent failures on this machine's monotonic clock (not a time of day, so nothing in a
     * session says when anything happened); at most {@value #MAX_FAILURES} kept.
     */
    static final class Failures implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final Deque<Long> ticks = new ArrayDeque<>();

        synchronized void add(long tick) {
            ticks.addLast(tick);
            while (ticks.size() > MAX_FAILURES) {
                ticks.removeFirst();
            }
        }

        synchronized int recent(long now) {
            ticks.removeIf(tick -> now - tick > WINDOW.toNanos());
            return ticks.size();
        }
    }
}
