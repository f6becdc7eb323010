package org.safepassage.vetting.independent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * When registrations arrive, to the hour as the intake keeps them: 150 days from February 2026;
 * genuine ones mostly in Iran's evening, three times as many on the days after each of three
 * broadcasts that showed the address, fewer on Fridays; planted ones when their campaign runs.
 */
final class Timeline {

    static final int DAYS = 150;
    private static final Instant START = Instant.parse("2026-02-01T00:00:00Z");
    private static final int[] BROADCASTS = {18, 64, 119};

    private final Random random;
    private final Weighted<Integer> days;
    private final Weighted<Integer> hours;

    Timeline(Random random) {
        this.random = random;
        java.util.List<Integer> dayList = java.util.stream.IntStream.range(0, DAYS).boxed().toList();
        this.days = new Weighted<>(dayList, Timeline::dayWeight);
        this.hours = new Weighted<>(java.util.stream.IntStream.range(0, 24).boxed().toList(),
                h -> h >= 14 && h <= 20 ? 3 : h >= 4 && h <= 13 ? 1.5 : 0.5);
    }

    private static double dayWeight(int day) {
        double weight = START.plus(day, ChronoUnit.DAYS).atZone(java.time.ZoneOffset.UTC).getDayOfWeek() == java.time.DayOfWeek.FRIDAY ? 0.7 : 1;
        for (int broadcast : BROADCASTS) {
            int after = day - broadcast;
            if (after >= 0 && after < 4) {
                weight += 6.0 / (1 << after);
            }
        }
        return weight;
    }

    /** A genuine registration's hour. */
    String genuineHour() {
        return at(days.pick(random), hours.pick(random));
    }

    /** A later registration of the same person: days to weeks after the earlier one. */
    String later(String earlier) {
        Instant then = Instant.parse(earlier).plus(1 + random.nextInt(40), ChronoUnit.DAYS);
        Instant end = START.plus(DAYS, ChronoUnit.DAYS);
        return (then.isBefore(end) ? then : end.minus(1, ChronoUnit.HOURS)).truncatedTo(ChronoUnit.HOURS).toString();
    }

    /** An hour within {@code days} days from {@code firstDay}, between {@code fromHour} and {@code fromHour + span}. */
    String hourWithin(int firstDay, int days, int fromHour, int span) {
        return at(Math.min(DAYS - 1, firstDay + random.nextInt(days)), Math.min(23, fromHour + random.nextInt(span)));
    }

    private static String at(int day, int hour) {
        return START.plus(day, ChronoUnit.DAYS).plus(hour, ChronoUnit.HOURS).toString();
    }
}
