package org.safepassage.intake.system;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/** The intake's only clock: it tells the hour and nothing finer, so no precise time reaches storage. */
@Component
public class HourClock {

    private final Clock clock;

    public HourClock() {
        this(Clock.systemUTC());
    }

    public HourClock(Clock clock) {
        this.clock = clock;
    }

    public Instant currentHour() {
        return clock.instant().truncatedTo(ChronoUnit.HOURS);
    }
}
