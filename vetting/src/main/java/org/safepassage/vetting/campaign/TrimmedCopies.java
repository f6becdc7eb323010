package org.safepassage.vetting.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A flood whose copies each leave out, or reword, another part of its text: two copies then
 * share too few shingles to be near-duplicates of each other, and its like texts fall into
 * several groups, one for each way of trimming. Groups sent in the same days (their hours within
 * {@link NearDuplicateTexts#FLOOD_HOURS} of each other) whose first texts are at least
 * {@link RetypedCopies#ALIKE} alike are one group. Honest people who write alike do so weeks
 * apart; two floods sent in the same days with different texts share little, and stay two.
 */
public final class TrimmedCopies {

    private TrimmedCopies() {
    }

    /**
     * The groups of like texts ({@link NearDuplicateTexts#group}, each in order, the first text near its leader),
     * joined where they are parts of one flood; each group's members in order and the groups in the
     * order of their first members.
     *
     * @param hours when each registration arrived (hours since 1970; null when unknown): a group
     *              with no known hour joins no other
     */
    public static List<int[]> joined(List<int[]> groups, int[][] sketches, Long[] hours) {
        int g = groups.size();
        long[] first = new long[g];
        long[] last = new long[g];
        for (int k = 0; k < g; k++) {
            first[k] = Long.MAX_VALUE;
            last[k] = Long.MIN_VALUE;
            for (int m : groups.get(k)) {
                if (hours != null && hours[m] != null) {
                    first[k] = Math.min(first[k], hours[m]);
                    last[k] = Math.max(last[k], hours[m]);
                }
            }
        }
        ArrivalRhythm rhythm = new ArrivalRhythm(hours);
        Integer[] byFirstHour = IntStream.range(0, g).filter(k -> first[k] <= last[k] && !rhythm.usual(groups.get(k), hours, g)).boxed()
                .sorted(Comparator.comparingLong(k -> first[k])).toArray(Integer[]::new);
        DisjointSets sets = new DisjointSets(g);
        for (int i = 0; i < byFirstHour.length; i++) {
            int a = byFirstHour[i];
            int[] firstTextOfA = sketches[groups.get(a)[0]];
            for (int j = i + 1; j < byFirstHour.length && first[byFirstHour[j]] <= last[a] + NearDuplicateTexts.FLOOD_HOURS; j++) {
                int b = byFirstHour[j];
                if (sets.find(a) != sets.find(b)
                        && TextFingerprint.similarity(firstTextOfA, sketches[groups.get(b)[0]]) >= RetypedCopies.ALIKE) {
                    sets.join(a, b);
                }
            }
        }
        Map<Integer, List<int[]>> byRoot = new HashMap<>();
        for (int k = 0; k < g; k++) {
            byRoot.computeIfAbsent(sets.find(k), r -> new ArrayList<>()).add(groups.get(k));
        }
        List<int[]> joined = new ArrayList<>(byRoot.size());
        for (List<int[]> parts : byRoot.values()) {
            joined.add(parts.size() == 1 ? parts.get(0) : parts.stream().flatMapToInt(Arrays::stream).sorted().toArray());
        }
        joined.sort(Comparator.comparingInt(members -> members[0]));
        return joined;
    }
}
