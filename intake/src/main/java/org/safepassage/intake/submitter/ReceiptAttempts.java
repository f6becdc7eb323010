package org.safepassage.intake.submitter;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.safepassage.intake.system.SharedMinutes;
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
    private static final String ATTRIBUTE = "submitter.receiptFailures";

    private final SharedMinutes minutes;

    public ReceiptAttempts(SharedMinutes minutes) {
        this.minutes = minutes;
    }

    /** Whether this session must wait before another receipt is checked. */
    public boolean mustWait(HttpSession session) {
        return failures(session).recent(minutes.now()) >= MAX_FAILURES;
    }

    public void failed(HttpSession session) {
        Failures failures = failures(session);
        failures.add(minutes.now());
        session.setAttribute(ATTRIBUTE, failures);
    }

    private static Failures failures(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof Failures failures ? failures : new Failures();
    }

    /**
     * The shared minute counts ({@link SharedMinutes}) of recent failures: not a time of day, so
     * nothing in a session says when anything happened, and alike on every node; at most
     * {@value #MAX_FAILURES} kept. A failure counts in its minute and the next.
     */
    static final class Failures implements Serializable {
        @Serial
        private static final long serialVersionUID = 2L;
        private final Deque<Long> minutes = new ArrayDeque<>();

        synchronized void add(long minute) {
            minutes.addLast(minute);
            while (minutes.size() > MAX_FAILURES) {
                minutes.removeFirst();
            }
        }

        synchronized int recent(long now) {
            minutes.removeIf(minute -> now - minute > 1);
            return minutes.size();
        }
    }
}
