package org.safepassage.intake.admission;

import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.safepassage.intake.IntakeSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Browsers without JavaScript cannot do the proof of work; they wait instead, and during a flood
 * only so many a minute are let in ({@code --wait-admissions-per-minute}), so a flood of waiting
 * bots cannot crowd out the proof of work's cost. A token bucket, in memory; nodes that share a
 * database each let in their share ({@link SharedArrivals#liveNodes()}), so N nodes are one line.
 */
@Component
public class WaitLine {

    private final double perMinute;
    private final IntSupplier nodes;
    private final LongSupplier nanoTime;
    private double tokens;
    private long last;

    @Autowired
    public WaitLine(IntakeSettings settings, SharedArrivals arrivals) {
        this(settings.waitAdmissionsPerMinute(), arrivals::liveNodes, System::nanoTime);
    }

    WaitLine(int perMinute, IntSupplier nodes, LongSupplier nanoTime) {
        this.perMinute = Math.max(1, perMinute);
        this.nodes = nodes;
        this.nanoTime = nanoTime;
        this.last = nanoTime.getAsLong();
        this.tokens = this.perMinute / Math.max(1, nodes.getAsInt());
    }

    /** Whether one more waiting browser may come in now. */
    public synchronized boolean letIn() {
        long now = nanoTime.getAsLong();
        double share = Math.max(1, perMinute / Math.max(1, nodes.getAsInt()));
        tokens = Math.min(share, tokens + (now - last) * share / 60e9);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
