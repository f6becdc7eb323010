package org.safepassage.vetting.campaign;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.safepassage.vetting.assess.Finding;
import org.safepassage.vetting.assess.Signal;

/**
 * Days on which one organisation, or one unit, sent far more registrations than its usual share
 * of that day's volume. Measuring against the day's own volume keeps the surge after a broadcast
 * (every organisation up at once) from looking like a campaign; a flood aimed through one
 * organisation or unit stands out. A day's count is a burst when it exceeds the expected count by
 * more than four standard deviations of a Poisson count (and by at least {@link #MIN_EXCESS}).
 */
public final class Bursts {

    /** Fewer extra registrations than this are never a burst. */
    public static final int MIN_EXCESS = 8;

    private Bursts() {
    }

    /** What one registration says for burst detection: its day (epoch day; null when unknown), organisation and unit. */
    public record Arrival(Long day, String organization, String unitKey) {
    }

    /** A burst finding for each registration that belongs to one, else null. */
    public static Finding[] find(Arrival[] arrivals) {
        int n = arrivals.length;
        Map<Long, Integer> perDay = new HashMap<>();
        Map<String, Integer> perKey = new HashMap<>();
        Map<String, Integer> perDayKey = new HashMap<>();
        int dated = 0;
        for (Arrival arrival : arrivals) {
            if (arrival.day() == null) {
                continue;
            }
            dated++;
            perDay.merge(arrival.day(), 1, Integer::sum);
            for (String key : keys(arrival)) {
                perKey.merge(key, 1, Integer::sum);
                perDayKey.merge(arrival.day() + "|" + key, 1, Integer::sum);
            }
        }
        Finding[] findings = new Finding[n];
        Map<String, Finding> byDayKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Arrival arrival = arrivals[i];
            if (arrival.day() == null) {
                continue;
            }
            int dayTotal = perDay.get(arrival.day());
            for (String key : keys(arrival)) {
                String dayKey = arrival.day() + "|" + key;
                double expected = dayTotal * (double) perKey.get(key) / dated;
                Finding finding = byDayKey.computeIfAbsent(dayKey,
                        k -> burst(perDayKey.get(k), expected, arrival.day(), key));
                findings[i] = stronger(findings[i], finding);
            }
        }
        return findings;
    }

    private static Finding burst(int count, double expected, long day, String key) {
        double excess = count - expected;
        if (excess < MIN_EXCESS || excess < 4 * Math.sqrt(Math.max(expected, 1))) {
            return null;
        }
        return new Finding(Signal.BURST, Math.min(1, excess / count), "one of " + count + " registrations from "
                + describe(key) + " on " + date(day) + ", where that day's volume leads to expect about "
                + format(expected));
    }

    private static Finding stronger(Finding a, Finding b) {
        if (a == null) {
            return b;
        }
        return b == null || a.strength() >= b.strength() ? a : b;
    }

    private static String[] keys(Arrival arrival) {
        if (arrival.organization() == null) {
            return new String[0];
        }
        return arrival.unitKey() == null ? new String[] {"o" + arrival.organization()}
                : new String[] {"o" + arrival.organization(), "u" + arrival.unitKey()};
    }

    static String describe(String key) {
        return key.startsWith("o") ? key.substring(1) : "unit " + key.substring(1).replace("|#", " ").replace("|", " ");
    }

    static String date(long day) {
        return LocalDate.ofEpochDay(day).toString();
    }

    /** An hour since 1970 as its UTC date and hour. */
    static String hourText(long hour) {
        return java.time.Instant.ofEpochSecond(hour * 3600).toString().replace("T", " ").replace(":00:00Z", ":00 UTC");
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
