package org.safepassage.desk.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Bounds what sign-ins with names that do not exist add to the audit log: anyone on the desk
 * network can send them without signing in, so each source address gets one entry per window
 * (saying how many attempts the previous window held), not one per attempt.
 */
@Component
public class UnknownNameAttempts {

    private final SignInThrottle throttle;
    private final Clock clock;
    private final Map<String, Window> windows = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > SignInThrottle.MAX_TRACKED;
        }
    };

    public UnknownNameAttempts(SignInThrottle throttle, Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Counts an attempt from {@code address}. When it opens a new window, returns how many attempts
     * the address made since its last audited one (the caller writes one entry); otherwise empty.
     */
    public synchronized OptionalLong attempt(String address) {
        Instant now = clock.instant();
        Window window = windows.get(address);
        if (window == null || !window.start.plus(throttle.pause()).isAfter(now)) {
            long before = window == null ? 0 : window.count;
            windows.put(address, new Window(now));
            return OptionalLong.of(before);
        }
        window.count++;
        return OptionalLong.empty();
    }

    private static final class Window {
        final Instant start;
        long count;

        Window(Instant start) {
            this.start = start;
        }
    }
}
