package org.safepassage.vetting.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * {@link #MIN_EXCESS}. Swarmed hours less than a day apart are one swarm; its members are the
 * nearly empty registrations of its swarmed hours. Those of the quieter hours between are taken
 * as honest: a swarm's hours hold hundreds, and the honest first contacts of a quiet hour would
 * otherwise be set aside with it.
 */
public final class Swarms {

    /** Fewer extra registrations in an hour than this are never a swarm. */
    public static final int MIN_EXCESS = 8;
    private static final int SAME_SWARM_HOURS = 24;

    private Swarms() {
    }

    /** One swarm: its members and a finding for each (null for members the swarm does not explain). */
    public record Swarm(int[] members, Finding finding) {
    }

    /**
     * @param hour        each registration's hour (null when unknown)
     * @param nearlyEmpty whether each registration gives nothing to vet
     */
    public static List<Swarm> find(Long[] hour, boolean[] nearlyEmpty) {
        Map<Long, int[]> perHour = new TreeMap<>(); // hour → {nearly empty, others}
        for (int i = 0; i < hour.length; i++) {
            if (hour[i] != null) {
                perHour.computeIfAbsent(hour[i], h -> new int[2])[nearlyEmpty[i] ? 0 : 1]++;
            }
        }
        Map<Long, Double> swarmed = new TreeMap<>();
        for (int round = 0; round < 2; round++) { // the usual ratio again without the swarmed hours
            long empty = 0;
            long others = 0;
            for (Map.Entry<Long, int[]> entry : perHour.entrySet()) {
                if (!swarmed.containsKey(entry.getKey())) {
                    empty += entry.getValue()[0];
                    others += entry.getValue()[1];
                }
            }
            double ratio = others == 0 ? 0 : empty / (double) others;
            swarmed.clear();
            for (Map.Entry<Long, int[]> entry : perHour.entrySet()) {
                double expected = ratio * entry.getValue()[1];
                double excess = entry.getValue()[0] - expected;
                if (excess >= MIN_EXCESS && excess > 4 * Math.sqrt(Math.max(expected, 1))) {
                    swarmed.put(entry.getKey(), expected);
                }
            }
        }
        List<long[]> spans = new ArrayList<>(); // first and last hour of each swarm
        for (long h : swarmed.keySet()) {
            if (!spans.isEmpty() && h - spans.get(spans.size() - 1)[1] <= SAME_SWARM_HOURS) {
                spans.get(spans.size() - 1)[1] = h;
            } else {
                spans.add(new long[] {h, h});
            }
        }
        // each nearly empty registration of a swarmed hour into the swarm whose span holds it, in one pass
        List<List<Integer>> members = new ArrayList<>();
        long[] starts = new long[spans.size()];
        for (int s = 0; s < spans.size(); s++) {
            starts[s] = spans.get(s)[0];
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < hour.length; i++) {
            if (nearlyEmpty[i] && hour[i] != null && swarmed.containsKey(hour[i])) {
                int at = java.util.Arrays.binarySearch(starts, hour[i]);
                int s = at >= 0 ? at : -at - 2;
                if (s >= 0 && hour[i] <= spans.get(s)[1]) {
                    members.get(s).add(i);
                }
            }
        }
        List<Swarm> swarms = new ArrayList<>();
        for (int s = 0; s < spans.size(); s++) {
            swarms.add(swarm(spans.get(s), members.get(s), perHour, swarmed));
        }
        return swarms;
    }

    private static Swarm swarm(long[] span, List<Integer> members, Map<Long, int[]> perHour, Map<Long, Double> swarmed) {
        // what the rest of what arrived leads to expect in the swarmed hours: the usual ratio
        double expected = 0;
        for (long h = span[0]; h <= span[1]; h++) {
            if (swarmed.containsKey(h)) {
                expected += Math.min(perHour.get(h)[0], swarmed.get(h));
            }
        }
        int count = members.size();
        double share = count == 0 ? 0 : Math.max(0, (count - expected) / count);
        Finding finding = new Finding(Signal.SWARM, share, String.format(Locale.ROOT,
                "one of %d nearly empty registrations (nothing to vet, a line or two of text) between %s and %s, where "
                        + "the rest of what arrived leads to expect about %.0f: a swarm", count, Bursts.hourText(span[0]),
                Bursts.hourText(span[1]), expected));
        return new Swarm(members.stream().mapToInt(Integer::intValue).toArray(), finding);
    }
}
