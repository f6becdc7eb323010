package org.safepassage.desk.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safepassage.desk.DeskSettings;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per name <em>and source address</em>, and pauses sign-in for a name from an
 * address after too many failures in a row. Keyed by both so that someone on the desk network who
 * types an admin's name five times pauses only their own machine, not the admin's; names that
 * exist and names that do not are counted alike, so the pause does not tell which accounts exist.
 * Held in memory and bounded: the oldest entries give way first.
 */
@Component
public class SignInThrottle {

    static final int MAX_TRACKED = 10_000;

    private final int maxFailures;
    private final Duration pause;
    private final Clock clock;
    private final Map<Key, Failures> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Failures> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    public SignInThrottle(DeskSettings settings, Clock clock) {
        this.maxFailures = settings.maxFailedLogins();
        this.pause = settings.lockout();
        this.clock = clock;
    }

    /** Whether sign-in for this name from this address is paused now. */
    public synchronized boolean paused(String username, String address) {
        Failures current = failures.get(new Key(normalised(username), address));
        return current != null && current.pausedUntil != null && current.pausedUntil.isAfter(clock.instant());
    }

    /**
     * Counts a failure; true when this one starts a pause (the caller audits that once, not every
     * attempt made while paused).
     */
    public synchronized boolean failed(String username, String address) {
        Key key = new Key(normalised(username), address);
        Instant now = clock.instant();
        Failures current = failures.computeIfAbsent(key, k -> new Failures());
        if (current.pausedUntil != null && !current.pausedUntil.isAfter(now)) {
            current.count = 0;
            current.pausedUntil = null;
        }
        if (current.pausedUntil != null) {
            return false;
        }
        current.count++;
        if (current.count >= maxFailures) {
            current.pausedUntil = now.plus(pause);
            return true;
        }
        return false;
    }

    /** A successful sign-in from this address forgets its failures. */
    public synchronized void succeeded(String username, String address) {
        failures.remove(new Key(normalised(username), address));
    }

    /** The addresses sign-in for this name is paused from now, for the staff page. */
    public synchronized List<String> pausedAddresses(String username) {
        Instant now = clock.instant();
        String name = normalised(username);
        return failures.entrySet().stream()
                .filter(e -> e.getKey().username().equals(name) && e.getValue().pausedUntil != null
                        && e.getValue().pausedUntil.isAfter(now))
                .map(e -> e.getKey().address()).toList();
    }

    /** Ends every pause of a name (an admin's unlock). */
    public synchronized int release(String username) {
        String name = normalised(username);
        int before = failures.size();
        failures.keySet().removeIf(key -> key.username().equals(name));
        return before - failures.size();
    }

    public Duration pause() {
        return pause;
    }

    public int maxFailures() {
        return maxFailures;
    }

    private static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private record Key(String username, String address) {
    }

    private static final class Failures {
        int count;
        Instant pausedUntil;
    }
}
