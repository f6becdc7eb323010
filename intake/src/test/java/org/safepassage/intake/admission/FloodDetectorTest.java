package org.safepassage.intake.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FloodDetectorTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final FloodDetector detector = new FloodDetector(FloodDetector.Mode.AUTO, 120, 16, now::get);

    private boolean arrivals(int count, int overSeconds) {
        boolean guarded = false;
        for (int i = 0; i < count; i++) {
            now.addAndGet(overSeconds * SECOND / count);
            guarded = detector.arrivalIsGuarded();
        }
        return guarded;
    }

    @Test
    void aSurgeBelowTheThresholdIsLetInAndAFloodIsGuardedHarderAsItGrows() {
        assertThat(arrivals(100, 60)).as("100 a minute").isFalse();
        assertThat(detector.bits()).isEqualTo(16);
        assertThat(arrivals(130, 60)).as("130 a minute").isTrue();
        arrivals(1000, 60);
        assertThat(detector.bits()).as("about 8 times the threshold: three doublings").isEqualTo(19);
    }

    @Test
    void theGuardHoldsWhileTheRateIsAboveHalfAndLiftsAfterFiveCalmMinutes() {
        arrivals(200, 60);
        assertThat(arrivals(70, 60)).as("70 a minute, above half the threshold").isTrue();
        assertThat(arrivals(20, 60)).as("calm for a minute: not yet").isTrue();
        arrivals(5, 240);
        now.addAndGet(60 * SECOND);
        assertThat(detector.guarded()).as("five calm minutes later").isFalse();
    }

    @Test
    void alwaysAndOffDoNotLookAtTheRate() {
        FloodDetector always = new FloodDetector(FloodDetector.Mode.ALWAYS, 120, 16, now::get);
        FloodDetector off = new FloodDetector(FloodDetector.Mode.OFF, 120, 16, now::get);
        assertThat(always.arrivalIsGuarded()).isTrue();
        for (int i = 0; i < 1000; i++) {
            off.arrivalIsGuarded();
        }
        assertThat(off.guarded()).isFalse();
    }
}
