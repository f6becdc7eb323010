package org.safepassage.vetting.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups of registrations whose free texts are near-duplicates, found by locality-sensitive
 * hashing of their MinHash sketches: sketches are cut into bands of {@link #ROWS} bins; texts
 * that agree on a whole band are candidates, kept when their sketches agree on at least
 * {@link #SIMILARITY} of the bins. A group grows around a leader text: another text joins only
 * when it is a near-duplicate of the leader itself, never through a chain. Only groups that span several different people are returned:
 * one person writing the same text twice is not a template.
 */
public final class NearDuplicateTexts {

    /** The estimated Jaccard similarity of shingles from which two texts are near-duplicates. */
    public static final double SIMILARITY = 0.7;
    private static final int ROWS = 4;
    private static final int BANDS = TextFingerprint.BINS / ROWS;

    private NearDuplicateTexts() {
    }

    /** A group of registrations sharing one text, and how many different people (clusters) wrote it. */
    public record Group(int[] members, int people) {
    }

    /**
     * @param sketches  one sketch per registration, null where there is no text to compare
     * @param personOf  the cluster of each registration
     * @param minPeople the fewest different people a group must span
     */
    public static List<Group> find(int[][] sketches, int[] personOf, int minPeople) {
        int n = sketches.length;
        if (n > 1 << 24) {
            throw new IllegalArgumentException("at most 16,777,216 registrations at once, not " + n);
        }
        int[] leaderOf = new int[n];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            leaderOf[i] = i;
            size[i] = 1;
        }
        int withText = 0;
        for (int[] sketch : sketches) {
            if (sketch != null) {
                withText++;
            }
        }
        long[] keyed = new long[withText];
        for (int band = 0; band < BANDS; band++) {
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (sketches[i] != null) {
                    keyed[k++] = (bandHash(sketches[i], band) << 24) | i;
                }
            }
            Arrays.sort(keyed);
            int runStart = 0;
            for (int j = 1; j <= keyed.length; j++) {
                if (j == keyed.length || keyed[j] >>> 24 != keyed[runStart] >>> 24) {
                    int first = (int) (keyed[runStart] & 0xFFFFFF);
                    for (int m = runStart + 1; m < j; m++) {
                        join(sketches, leaderOf, size, first, (int) (keyed[m] & 0xFFFFFF));
                    }
                    runStart = j;
                }
            }
        }
        Map<Integer, List<Integer>> byRoot = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (sketches[i] != null && size[leaderOf[i]] >= minPeople) {
                byRoot.computeIfAbsent(leaderOf[i], r -> new ArrayList<>()).add(i);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (List<Integer> members : byRoot.values()) {
            Set<Integer> people = new HashSet<>();
            members.forEach(m -> people.add(personOf[m]));
            if (people.size() >= minPeople) {
                groups.add(new Group(members.stream().mapToInt(Integer::intValue).sorted().toArray(), people.size()));
            }
        }
        groups.sort((x, y) -> Integer.compare(x.members()[0], y.members()[0]));
        return groups;
    }

    /** 40 bits of the band's bins, so that a registration's index fits in the low 24 bits. */
    private static long bandHash(int[] sketch, int band) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = band * ROWS; i < (band + 1) * ROWS; i++) {
            h = (h ^ sketch[i]) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return (h >>> 24) & 0xFFFFFFFFFFL;
    }

    /**
     * Star grouping: a text that is still alone joins the group of the other text's leader when it
     * is a near-duplicate of that leader itself (or the other way round). Groups never merge, so
     * no chain of texts that each share a sentence with the next becomes one group.
     */
    private static void join(int[][] sketches, int[] leaderOf, int[] size, int a, int b) {
        if (leaderOf[a] == leaderOf[b]) {
            return;
        }
        if (alone(leaderOf, size, b) && TextFingerprint.similarity(sketches[leaderOf[a]], sketches[b]) >= SIMILARITY) {
            leaderOf[b] = leaderOf[a];
            size[leaderOf[a]]++;
        } else if (alone(leaderOf, size, a) && TextFingerprint.similarity(sketches[leaderOf[b]], sketches[a]) >= SIMILARITY) {
            leaderOf[a] = leaderOf[b];
            size[leaderOf[b]]++;
        }
    }

    private static boolean alone(int[] leaderOf, int[] size, int i) {
        return leaderOf[i] == i && size[i] == 1;
    }
}
