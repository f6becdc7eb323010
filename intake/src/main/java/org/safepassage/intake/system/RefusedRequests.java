package org.safepassage.intake.system;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts the requests the intake refuses (unreadable, too large, too slow, failed) and logs one
 * summary line a minute, not a line or a stack trace per request: a flood of hostile requests
 * cannot fill the disk through the log, and the log says what kind of thing failed, never what
 * was sent, by whom or when within the hour.
 */
@Component
public class RefusedRequests {

    private static final Logger log = LoggerFactory.getLogger(RefusedRequests.class);

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    /** Counts one refusal; {@code cause} is a kind of failure (an exception's class), never request content. */
    public void count(int status, String cause) {
        counts.computeIfAbsent(status + " " + cause, key -> new LongAdder()).increment();
    }

    @Scheduled(fixedRate = 60_000, initialDelay = 60_000)
    public void report() {
        Map<String, Long> minute = new TreeMap<>();
        for (String key : counts.keySet()) {
            long n = counts.remove(key).sum();
            if (n > 0) {
                minute.put(key, n);
            }
        }
        if (!minute.isEmpty()) {
            StringBuilder line = new StringBuilder("Requests refused in the last minute:");
            minute.forEach((kind, n) -> line.append(' ').append(kind).append(" x").append(n).append(';'));
            log.warn(line.toString());
        }
    }

    /** What is waiting to be reported, for tests. */
    Map<String, Long> pending() {
        Map<String, Long> now = new TreeMap<>();
        counts.forEach((key, n) -> now.put(key, n.sum()));
        return now;
    }
}
