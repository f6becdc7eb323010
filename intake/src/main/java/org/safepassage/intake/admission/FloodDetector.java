package org.safepassage.intake.admission;

import java.util.function.LongSupplier;
import org.safepassage.intake.IntakeSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Tells a flood from a surge by counting, second by second in memory, the arrivals of sessions not
 * yet admitted at the registration and packet pages. At {@code --flood-per-minute} it turns the
 * guard on: new sessions must earn admission (a proof of work, or a wait without JavaScript), harder
 * as the rate grows. The guard stays while the rate is above half the threshold and turns off five
 * calm minutes later. Counts only; nothing about a visitor is kept. Nodes that share a database
 * add each other's counts ({@link SharedArrivals}): N nodes behind one onion address are one intake
 * to the guard, not N times its threshold.
 */
@Component
public class FloodDetector {

    private static final Logger log = LoggerFactory.getLogger(FloodDetector.class);
    private static final long SECOND = 1_000_000_000L;
    private static final long CALM = 300 * SECOND;
    private static final int MAX_EXTRA_BITS = 4;

    private final Mode mode;
    private final int threshold;
    private final int baseBits;
    private final LongSupplier nanoTime;
    private final long[] perSecond = new long[60];
    private final long[] secondOf = new long[60];
    private long guardedUntil = Long.MIN_VALUE;
    private volatile long othersPerMinute;
    private boolean announced;

    @Autowired
    public FloodDetector(IntakeSettings settings) {
        this(Mode.of(settings.admission()), settings.floodPerMinute(), settings.proofOfWorkBits(), System::nanoTime);
    }

    FloodDetector(Mode mode, int threshold, int baseBits, LongSupplier nanoTime) {
        if (threshold < 2 || baseBits < 1 || baseBits > 32) {
            throw new IllegalArgumentException("flood threshold must be at least 2 a minute and proof-of-work bits 1 to 32");
        }
        this.mode = mode;
        this.threshold = threshold;
        this.baseBits = baseBits;
        this.nanoTime = nanoTime;
    }

    /** Counts one arrival of an unadmitted session and tells whether it must earn admission now. */
    public synchronized boolean arrivalIsGuarded() {
        long second = nanoTime.getAsLong() / SECOND;
        int slot = (int) Math.floorMod(second, 60L);
        if (secondOf[slot] != second) {
            secondOf[slot] = second;
            perSecond[slot] = 0;
        }
        perSecond[slot]++;
        return guarded();
    }

    /** Whether new sessions must earn admission now. */
    public synchronized boolean guarded() {
        if (mode != Mode.AUTO) {
            return mode == Mode.ALWAYS;
        }
        long now = nanoTime.getAsLong();
        long rate = perMinute(now / SECOND) + othersPerMinute;
        boolean on = now < guardedUntil;
        if (rate >= threshold || on && rate * 2 >= threshold) {
            guardedUntil = now + CALM;
            on = true;
        }
        if (on && !announced) {
            log.warn("OPERATOR ALERT: a flood of {} new sessions a minute (threshold {}): new sessions now earn admission"
                    + " by proof of work or by waiting", rate, threshold);
        } else if (!on && announced) {
            log.info("The flood has passed: new sessions are admitted at once again");
        }
        announced = on;
        return on;
    }

    /** Leading zero bits asked of a proof of work now: the base at the threshold, one more per doubling. */
    public synchronized int bits() {
        long rate = Math.max(perMinute(nanoTime.getAsLong() / SECOND) + othersPerMinute, threshold);
        int extra = 63 - Long.numberOfLeadingZeros(rate / threshold);
        return baseBits + Math.min(extra, MAX_EXTRA_BITS);
    }

    /** Arrivals of unadmitted sessions at this node in the last minute. */
    public synchronized long ownPerMinute() {
        return perMinute(nanoTime.getAsLong() / SECOND);
    }

    /** The other nodes' arrivals in their last minute, as they last told them. */
    public void othersPerMinute(long arrivals) {
        othersPerMinute = Math.max(0, arrivals);
    }

    private long perMinute(long second) {
        long total = 0;
        for (int slot = 0; slot < 60; slot++) {
            if (second - secondOf[slot] < 60) {
                total += perSecond[slot];
            }
        }
        return total;
    }

    /** When sessions must earn admission. */
    public enum Mode {
        AUTO, ALWAYS, OFF;

        static Mode of(String setting) {
            return switch (setting == null ? "auto" : setting.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "auto" -> AUTO;
                case "always" -> ALWAYS;
                case "off" -> OFF;
                default -> throw new IllegalArgumentException("admission must be auto, always or off, not " + setting);
            };
        }
    }
}
