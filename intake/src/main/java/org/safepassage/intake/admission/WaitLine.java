package org.safepassage.intake.admission;

import org.safepassage.intake.IntakeSettings;
import org.springframework.stereotype.Component;

/**
 * Browsers without JavaScript cannot do the proof of work; they wait instead, and during a flood
 * only so many a minute are let in ({@code --wait-admissions-per-minute}), so a flood of waiting
 * bots cannot crowd out the proof of work's cost. A token bucket, in memory.
 */
@Component
public class WaitLine {

    private final double perNano;
    private final double capacity;
    private double tokens;
    private long last = System.nanoTime();

    public WaitLine(IntakeSettings settings) {
        this.capacity = Math.max(1, settings.waitAdmissionsPerMinute());
        this.perNano = capacity / 60e9;
        this.tokens = capacity;
    }

    /** Whether one more waiting browser may come in now. */
    public synchronized boolean letIn() {
        long now = System.nanoTime();
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
