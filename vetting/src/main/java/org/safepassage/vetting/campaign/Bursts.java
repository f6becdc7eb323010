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
        KeyNumbers keyNumbers = new KeyNumbers();
        int[][] keysOf = new int[n][];
        int[] dayOf = new int[n]; // each dated registration's day by its place among the days
        int[] perDay = new int[days.length];
        Map<Long, Integer> perDayKey = new HashMap<>();
        int dated = 0;
        for (int i = 0; i < n; i++) {
            Arrival arrival = arrivals[i];
            if (arrival.day() == null) {
                continue;
            }
            dated++;
            dayOf[i] = Arrays.binarySearch(days, arrival.day());
            perDay[dayOf[i]]++;
            keysOf[i] = keyNumbers.of(arrival);
            for (int number : keysOf[i]) {
                keyNumbers.count(number);
                perDayKey.merge(spread(dayKey(dayOf[i], number)), 1, Integer::sum);
            }
        }
        Finding[] findings = new Finding[n];
        Map<Long, Finding> byDayKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Arrival arrival = arrivals[i];
            if (arrival.day() == null) {
                continue;
            }
            int dayTotal = perDay[dayOf[i]];
            for (int number : keysOf[i]) {
                long dayKey = dayKey(dayOf[i], number);
                double expected = dayTotal * (double) keyNumbers.perKey[number] / dated;
                Finding finding = byDayKey.computeIfAbsent(spread(dayKey),
                        k -> burst(perDayKey.get(k), expected, arrival.day(), keyNumbers.names.get(number)));
                findings[i] = stronger(findings[i], finding);
                if (finding != null) {
                    bursts.computeIfAbsent(dayKey, k -> new ArrayList<>()).add(i);
                }
            }
        }
        return findings;
    }

    /** A day (by its place among the days) and a key's number as one long, in the order of days, then of keys. */
    private static long dayKey(int dayIndex, int keyNumber) {
        return ((long) dayIndex << 32) | keyNumber;
    }

    /**
     * A day and key as a hash map's key: multiplied by an odd number, which keeps every two apart,
     * so that their hash codes spread (a {@code Long}'s hash code is its halves exclusive-or'd, and
     * a day's place and a key's number, in the two halves, collided in long chains).
     */
    private static long spread(long dayKey) {
        return dayKey * 0x9E3779B97F4A7C15L;
    }

    /**
     * The keys a registration is counted under (its organisation; its unit too), numbered in the
     * order they are first met, with how many registrations each has. Organisations and units are
     * looked up by the texts as they are, not by a new "o"/"u" string made for each registration.
     */
    private static final class KeyNumbers {

        private final Map<String, Integer> organizations = new HashMap<>();
        private final Map<String, Integer> units = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        /** How many registrations each key has, by its number. */
        private int[] perKey = new int[64];

        int[] of(Arrival arrival) {
            if (arrival.organization() == null) {
                return new int[0];
            }
            int organization = organizations.computeIfAbsent(arrival.organization(), o -> add("o" + o));
            return arrival.unitKey() == null ? new int[] {organization}
                    : new int[] {organization, units.computeIfAbsent(arrival.unitKey(), u -> add("u" + u))};
        }

        private int add(String name) {
            names.add(name);
            if (names.size() > perKey.length) {
                perKey = Arrays.copyOf(perKey, perKey.length * 2);
            }
            return names.size() - 1;
        }

        void count(int number) {
            perKey[number]++;
        }
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
