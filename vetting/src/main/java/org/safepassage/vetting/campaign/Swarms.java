package org.safepassage.vetting.campaign;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.safepassage.vetting.assess.Finding;
import org.safepassage.vetting.assess.Signal;

/**
 * Swarms: far more nearly empty registrations in some hours than the rhythm of everything else
 * that arrives leads to expect. Honest people send a near-empty first contact now and then, in
 * proportion to everyone else (after a broadcast, more of both); a swarm meant to drown the desk
 * sends hundreds of them in a few hours. For each hour the expected number of nearly empty
 * registrations is the usual ratio of nearly empty to other registrations (measured on the hours
 * that are not swarmed) times that hour's other registrations; an hour is swarmed when its count
 * exceeds that by more than four standard deviations of a Poisson count and by at least
 * {@link #MIN_EXCESS}. A swarm sent too slowly for any hour to stand out (two or three an hour
 * over days) is looked for the same way in days, counted without the hours already swarmed. The
 * hours in which a swarm starts and tails off, next to its swarmed hours, are its own when their
 * nearly empty registrations are far beyond the usual ratio, though too few to stand out alone.
 * Several kinds of next-to-nothing (nothing at all; nothing but a national ID that passes its
 * check digit, which anyone can compute) are each counted against their own usual ratio to the
 * registrations that give something, and their swarmed hours and days make swarms together.
 * Swarmed hours and days less than a day apart are one swarm; its members are the registrations
 * of each kind in the hours and days that kind swarmed. Those of the quieter hours between are taken as
 * honest: a swarm's hours hold hundreds, and the honest first contacts of a quiet hour would
 * otherwise be set aside with it.
 */
public final class Swarms {

    /** Fewer extra registrations in an hour than this are never a swarm. */
    public static final int MIN_EXCESS = 8;
    private static final int SAME_SWARM_HOURS = 24;
    /** How unlikely an hour's nearly empty registrations must be, next to a swarm, to be its start or its tail. */
    static final double EDGE_SURPRISE = 1e-4;

    private Swarms() {
    }

    /** One swarm: its members and a finding for each (null for members the swarm does not explain). */
    public record Swarm(int[] members, Finding finding) {
    }

    /**
     * @param hour        each registration's hour ({@link Hours#UNKNOWN} when unknown)
     * @param nearlyEmpty whether each registration gives nothing to vet
     */
    public static List<Swarm> find(long[] hour, boolean[] nearlyEmpty) {
        return find(hour, List.of(nearlyEmpty));
    }

    /**
     * @param hour  each registration's hour ({@link Hours#UNKNOWN} when unknown)
     * @param kinds kinds of registrations that give next to nothing (nothing at all; nothing but a
     *              national ID that passes its check digit), no registration of two kinds; each is
     *              weighed against its own usual ratio to the registrations that give something, so
     *              that a swarm of one kind, or of several at once, is found without the other kinds'
     *              honest share raising what its own hours lead to expect
     */
    public static List<Swarm> find(long[] hour, List<boolean[]> kinds) {
        boolean[] anyKind = new boolean[hour.length];
        for (boolean[] kind : kinds) {
            for (int i = 0; i < anyKind.length; i++) {
                anyKind[i] |= kind[i];
            }
        }
        List<Swarmed> found = kinds.stream().map(kind -> swarmed(hour, kind, anyKind)).toList();
        List<long[]> periods = new ArrayList<>(); // first and last hour of each swarmed hour or day
        for (Swarmed swarmed : found) {
            swarmed.hours().keySet().forEach(h -> periods.add(new long[] {h, h}));
            swarmed.days().keySet().forEach(d -> periods.add(new long[] {d * 24, d * 24 + 23}));
        }
        periods.sort(Comparator.comparingLong(period -> period[0]));
        List<long[]> spans = new ArrayList<>(); // first and last hour of each swarm
        for (long[] period : periods) {
            if (!spans.isEmpty() && period[0] - spans.get(spans.size() - 1)[1] <= SAME_SWARM_HOURS) {
                spans.get(spans.size() - 1)[1] = Math.max(spans.get(spans.size() - 1)[1], period[1]);
            } else {
                spans.add(period.clone());
            }
        }
        // each registration of a kind in an hour or day swarmed by that kind into the swarm whose span holds it, in one pass
        List<List<Integer>> members = new ArrayList<>();
        long[] starts = new long[spans.size()];
        for (int s = 0; s < spans.size(); s++) {
            starts[s] = spans.get(s)[0];
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < hour.length; i++) {
            if (hour[i] != Hours.UNKNOWN && holds(found, i, hour[i])) {
                int at = Arrays.binarySearch(starts, hour[i]);
                members.get(at >= 0 ? at : -at - 2).add(i);
            }
        }
        List<Swarm> swarms = new ArrayList<>();
        for (int s = 0; s < spans.size(); s++) {
            long[] span = spans.get(s);
            // what the rest of what arrived leads to expect in the swarmed hours and days: the usual ratio
            double expected = 0;
            for (Swarmed swarmed : found) {
                expected += expected(swarmed.hours(), swarmed.perHour(), span[0], span[1])
                        + expected(swarmed.days(), swarmed.perDay(), Math.floorDiv(span[0], 24L), Math.floorDiv(span[1], 24L));
            }
            swarms.add(swarm(span, members.get(s), expected));
        }
        return swarms;
    }

    private static boolean holds(List<Swarmed> found, int i, long hour) {
        for (Swarmed swarmed : found) {
            if (swarmed.holds(i, hour)) {
                return true;
            }
        }
        return false;
    }

    /** The hours and days one kind of registration swarmed, with what was expected of it in each, and its counts. */
    private record Swarmed(boolean[] kind, Map<Long, Double> hours, Map<Long, Double> days, Map<Long, int[]> perHour,
                           Map<Long, int[]> perDay) {

        /** Whether registration i, sent in {@code hour}, is of this kind and came in an hour or day it swarmed. */
        boolean holds(int i, long hour) {
            return kind[i] && (hours.containsKey(hour) || days.containsKey(Math.floorDiv(hour, 24L)));
        }
    }

    /**
     * The hours and days in which registrations of one kind came far beyond their usual ratio to
     * the registrations that give something ({@code anyKind} false): not to the other kinds, so
     * that a swarm of one kind neither raises nor lowers what the other kind's hours lead to expect.
     */
    private static Swarmed swarmed(long[] hour, boolean[] kind, boolean[] anyKind) {
        long[] counted = new long[hour.length];
        int size = 0;
        for (int i = 0; i < hour.length; i++) {
            if (hour[i] != Hours.UNKNOWN && (kind[i] || !anyKind[i])) {
                counted[size++] = periodAndKind(hour[i], kind[i]);
            }
        }
        Map<Long, int[]> perHour = countsPerPeriod(counted, size); // hour → {of the kind, giving something}
        Map<Long, Double> swarmedHours = swarmed(perHour);
        // a swarm sent too slowly for any one hour to stand out still stands out in its days: the
        // days counted without the hours already swarmed, so that a day's quiet hours stay honest
        size = 0;
        for (int i = 0; i < hour.length; i++) {
            if (hour[i] != Hours.UNKNOWN && (kind[i] || !anyKind[i]) && (swarmedHours.isEmpty() || !swarmedHours.containsKey(hour[i]))) {
                counted[size++] = periodAndKind(Math.floorDiv(hour[i], 24L), kind[i]);
            }
        }
        Map<Long, int[]> perDay = countsPerPeriod(counted, size);
        Map<Long, Double> swarmedDays = swarmed(perDay);
        takeOnsetsAndTails(swarmedHours, swarmedDays.keySet(), perHour);
        return new Swarmed(kind, swarmedHours, swarmedDays, perHour, perDay);
    }

    /** A registration's hour or day and whether it is of the kind, as one long that sorts by the period. */
    static long periodAndKind(long period, boolean ofTheKind) {
        return period * 2 + (ofTheKind ? 0 : 1);
    }

    /**
     * Period → {registrations of the kind, registrations giving something}, in the order of the
     * periods: the registrations' {@link #periodAndKind} sorted and counted in runs, rather than each
     * looked up in a tree of boxed periods (a million registrations, a few thousand hours).
     */
    static TreeMap<Long, int[]> countsPerPeriod(long[] periodAndKind, int size) {
        Arrays.sort(periodAndKind, 0, size);
        TreeMap<Long, int[]> counts = new TreeMap<>();
        int[] current = null;
        long currentPeriod = 0;
        for (int i = 0; i < size; i++) {
            long period = periodAndKind[i] >> 1; // floor(value / 2), the period, negative ones too
            if (current == null || period != currentPeriod) {
                current = new int[2];
                currentPeriod = period;
                counts.put(period, current);
            }
            current[(int) (periodAndKind[i] & 1)]++;
        }
        return counts;
    }

    /**
     * The hours next to a swarm in which it starts and tails off, hour by hour outwards: an hour
     * beside a swarmed one whose registrations of the kind (two or more) are as unlikely as
     * {@link #EDGE_SURPRISE} from the usual ratio (as if at least one other registration had come
     * in it) is part of the swarm, though it holds too few to stand out alone. A swarm's first and
     * last hours hold a handful; a small file's whole swarm is a few dozen. Taken after the days
     * are looked at (a day's evidence is counted without the hours swarmed on their own), and
     * never within a swarmed day, which is the swarm's already.
     */
    private static void takeOnsetsAndTails(Map<Long, Double> swarmed, Set<Long> swarmedDays, Map<Long, int[]> perHour) {
        if (swarmed.isEmpty()) {
            return;
        }
        double ratio = usualRatio(perHour, swarmed);
        Deque<Long> edges = new ArrayDeque<>(swarmed.keySet());
        while (!edges.isEmpty()) {
            long hour = edges.pop();
            for (long next : new long[] {hour - 1, hour + 1}) {
                int[] counts = perHour.get(next);
                if (counts == null || counts[0] < 2 || swarmed.containsKey(next) || swarmedDays.contains(Math.floorDiv(next, 24L))) {
                    continue;
                }
                double expected = ratio * Math.max(counts[1], 1);
                if (Impersonation.poissonTail(counts[0], expected) < EDGE_SURPRISE) {
                    swarmed.put(next, ratio * counts[1]);
                    edges.push(next);
                }
            }
        }
    }

    /** Registrations of the kind per registration that gives something, in the periods not swarmed. */
    private static double usualRatio(Map<Long, int[]> perPeriod, Map<Long, Double> swarmed) {
        long empty = 0;
        long others = 0;
        for (Map.Entry<Long, int[]> entry : perPeriod.entrySet()) {
            if (!swarmed.containsKey(entry.getKey())) {
                empty += entry.getValue()[0];
                others += entry.getValue()[1];
            }
        }
        return others == 0 ? 0 : empty / (double) others;
    }

    /**
     * The periods (hours, or days) whose registrations of the kind exceed what the usual ratio to
     * the others leads to expect, each with that expectation; the ratio measured again without the
     * periods found the first time.
     */
    private static Map<Long, Double> swarmed(Map<Long, int[]> perPeriod) {
        Map<Long, Double> swarmed = new TreeMap<>();
        for (int round = 0; round < 2; round++) {
            double ratio = usualRatio(perPeriod, swarmed);
            swarmed.clear();
            for (Map.Entry<Long, int[]> entry : perPeriod.entrySet()) {
                double expected = ratio * entry.getValue()[1];
                double excess = entry.getValue()[0] - expected;
                if (excess >= MIN_EXCESS && excess > 4 * Math.sqrt(Math.max(expected, 1))) {
                    swarmed.put(entry.getKey(), expected);
                }
            }
        }
        return swarmed;
    }

    /** The registrations of the kind the usual ratio leads to expect in the swarmed periods from {@code first} to {@code last}. */
    private static double expected(Map<Long, Double> swarmed, Map<Long, int[]> perPeriod, long first, long last) {
        double expected = 0;
        for (long p = first; p <= last; p++) {
            if (swarmed.containsKey(p)) {
                expected += Math.min(perPeriod.get(p)[0], swarmed.get(p));
            }
        }
        return expected;
    }

    private static Swarm swarm(long[] span, List<Integer> members, double expected) {
        int count = members.size();
        double share = count == 0 ? 0 : Math.max(0, (count - expected) / count);
        Finding finding = new Finding(Signal.SWARM, share, String.format(Locale.ROOT,
                "one of %d nearly empty registrations (nothing to vet beyond a name and perhaps a national ID; a line or two of text) between %s and %s, where "
                        + "the rest of what arrived leads to expect about %.0f: a swarm", count, Bursts.hourText(span[0]),
                Bursts.hourText(span[1]), expected));
        return new Swarm(members.stream().mapToInt(Integer::intValue).toArray(), finding);
    }
}
