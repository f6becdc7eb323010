package org.safepassage.vetting.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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

    /**
     * What the bursts are.
     *
     * @param findings a burst finding for each registration that belongs to one, else null
     * @param members  the registrations of each burst (a day's registrations from one organisation
     *                 or unit that stand out), each burst's members in order, the bursts by day
     */
    public record Found(Finding[] findings, List<int[]> members) {
    }

    /** The bursts, counted once for both what they say of each registration and who is in each. */
    public static Found of(Arrival[] arrivals) {
        Map<Long, List<Integer>> bursts = new TreeMap<>();
        Finding[] findings = find(arrivals, bursts);
        return new Found(findings, bursts.values().stream().map(members -> members.stream().mapToInt(Integer::intValue).toArray()).toList());
    }

    /**
     * @param bursts receives the members of each burst by its day and key. A day and a key are
     *               counted as one long (the key by its number), not as a string.
     */
    private static Finding[] find(Arrival[] arrivals, Map<Long, List<Integer>> bursts) {
        int n = arrivals.length;
        long[] days = Arrays.stream(arrivals).map(Arrival::day).filter(Objects::nonNull).mapToLong(Long::longValue)
                .distinct().sorted().toArray();
        Map<String, Integer> keyNumbers = new HashMap<>();
        List<String> keyNames = new ArrayList<>();
        int[][] keysOf = new int[n][];
        Map<Long, Integer> perDay = new HashMap<>();
        List<Integer> perKey = new ArrayList<>();
        Map<Long, Integer> perDayKey = new HashMap<>();
        int dated = 0;
        for (int i = 0; i < n; i++) {
            Arrival arrival = arrivals[i];
            if (arrival.day() == null) {
                continue;
            }
            dated++;
            perDay.merge(arrival.day(), 1, Integer::sum);
            String[] keys = keys(arrival);
            keysOf[i] = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                int number = keyNumbers.computeIfAbsent(keys[k], key -> {
                    keyNames.add(key);
                    perKey.add(0);
                    return keyNames.size() - 1;
                });
                keysOf[i][k] = number;
                perKey.set(number, perKey.get(number) + 1);
                perDayKey.merge(dayKey(days, arrival.day(), number), 1, Integer::sum);
            }
        }
        Finding[] findings = new Finding[n];
        Map<Long, Finding> byDayKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Arrival arrival = arrivals[i];
            if (arrival.day() == null) {
                continue;
            }
            int dayTotal = perDay.get(arrival.day());
            for (int number : keysOf[i]) {
                long dayKey = dayKey(days, arrival.day(), number);
                double expected = dayTotal * (double) perKey.get(number) / dated;
                Finding finding = byDayKey.computeIfAbsent(dayKey,
                        k -> burst(perDayKey.get(k), expected, arrival.day(), keyNames.get(number)));
                findings[i] = stronger(findings[i], finding);
                if (finding != null) {
                    bursts.computeIfAbsent(dayKey, k -> new ArrayList<>()).add(i);
                }
            }
        }
        return findings;
    }

    /** A day (by its place among the days) and a key's number as one long, in the order of days, then of keys. */
    private static long dayKey(long[] days, long day, int keyNumber) {
        return ((long) Arrays.binarySearch(days, day) << 32) | keyNumber;
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
