package org.safepassage.vetting.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Groups of registrations whose free texts are near-duplicates, found by locality-sensitive
 * hashing of their MinHash sketches: sketches are cut into bands of {@link #ROWS} bins; texts
 * that agree on a whole band are candidates, kept when their sketches agree on at least
 * {@link #SIMILARITY} of the bins. A group grows around a leader text: another text joins only
 * when it is a near-duplicate of the leader itself, never through a chain. The grouping needs
 * only the texts and when they arrived ({@link #group}); {@link #find} returns only the groups
 * that span several different people: one person writing the same text twice is not a template.
 */
public final class NearDuplicateTexts {

    /** The estimated Jaccard similarity of shingles from which two texts are near-duplicates. */
    public static final double SIMILARITY = 0.7;
    /** How like its leader a text that is a near-duplicate of another member must still be. */
    public static final double LEADER_FLOOR = 0.5;
    /** Texts at most this many hours apart may join a flood through one of its members (a week). */
    public static final int FLOOD_HOURS = 7 * 24;
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
        return find(sketches, personOf, minPeople, null);
    }

    /**
     * @param hours when each registration arrived (hours since 1970; null entries or a null array
     *              when unknown): texts a few days apart may join a flood through one of its members
     */
    public static List<Group> find(int[][] sketches, int[] personOf, int minPeople, Long[] hours) {
        return spanning(group(sketches, hours, minPeople), personOf, minPeople);
    }

    /**
     * Of groups of near-duplicate texts, those that span at least {@code minPeople} different
     * people, in the same order.
     */
    public static List<Group> spanning(List<int[]> groups, int[] personOf, int minPeople) {
        List<Group> spanning = new ArrayList<>();
        for (int[] members : groups) {
            Set<Integer> people = new HashSet<>();
            for (int m : members) {
                people.add(personOf[m]);
            }
            if (people.size() >= minPeople) {
                spanning.add(new Group(members, people.size()));
            }
        }
        return spanning;
    }

    /**
     * Groups of at least {@code minTexts} near-duplicate texts, each group's members in order and
     * the groups in the order of their first members. Who wrote which text is not needed: the
     * grouping can run before linking has said who is who.
     *
     * @param hours as for {@link #find(int[][], int[], int, Long[])}
     */
    public static List<int[]> group(int[][] sketches, Long[] hours, int minTexts) {
        int n = sketches.length;
        if (n > 1 << 24) {
            throw new IllegalArgumentException("at most 16,777,216 registrations at once, not " + n);
        }
        int[] leaderOf = new int[n];
        int[] parent = new int[n];
        int[] size = new int[n];
        int[] leader = new int[n]; // of each group's root: the text its members are compared with
        for (int i = 0; i < n; i++) {
            leaderOf[i] = i;
            parent[i] = i;
            size[i] = 1;
            leader[i] = i;
        }
        int[] withText = IntStream.range(0, n).filter(i -> sketches[i] != null).toArray();
        Texts texts = new Texts(sketches, hours);
        // every band's hash of a text worked out in one reading of its sketch, band after band side by side
        long[] bandHashes = new long[BANDS * withText.length];
        IntStream.range(0, withText.length).parallel().forEach(k -> {
            int[] sketch = sketches[withText[k]];
            for (int band = 0; band < BANDS; band++) {
                bandHashes[band * withText.length + k] = bandHash(sketch, band);
            }
        });
        long[] keyed = new long[withText.length];
        for (int band = 0; band < BANDS; band++) {
            int from = band * withText.length;
            IntStream.range(0, withText.length).parallel().forEach(k -> keyed[k] = (bandHashes[from + k] << 24) | withText[k]);
            Arrays.parallelSort(keyed);
            int runStart = 0;
            for (int j = 1; j <= keyed.length; j++) {
                if (j == keyed.length || keyed[j] >>> 24 != keyed[runStart] >>> 24) {
                    int first = (int) (keyed[runStart] & 0xFFFFFF);
                    for (int m = runStart + 1; m < j; m++) {
                        int other = (int) (keyed[m] & 0xFFFFFF);
                        // the same way into the trees, the same group: most texts meet the same
                        // near-duplicates again in band after band, and this spares the walk to the root
                        if (leaderOf[other] != leaderOf[first]) {
                            join(texts, leaderOf, parent, size, leader, first, other);
                        }
                    }
                    runStart = j;
                }
            }
        }
        Map<Integer, List<Integer>> byRoot = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (sketches[i] != null && size[root(parent, leaderOf, i)] >= minTexts) {
                byRoot.computeIfAbsent(root(parent, leaderOf, i), r -> new ArrayList<>()).add(i);
            }
        }
        List<int[]> groups = new ArrayList<>();
        for (List<Integer> members : byRoot.values()) {
            groups.add(members.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        groups.sort((x, y) -> Integer.compare(x[0], y[0]));
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
     * Grouping around leaders: a text that is still alone joins the other text's group when it is a
     * near-duplicate of that group's leader; two groups join when their leaders are near-duplicates
     * of each other. A text never joins through a chain of texts that each share a sentence or two
     * with the next.
     */
    private static void join(Texts texts, int[] leaderOf, int[] parent, int[] size, int[] leader, int a, int b) {
        int rootA = root(parent, leaderOf, a);
        int rootB = root(parent, leaderOf, b);
        if (rootA == rootB) {
            return;
        }
        if (alone(leaderOf, parent, size, b)) {
            if (texts.near(leader[rootA], b, a, b)) {
                leaderOf[b] = rootA;
                size[rootA]++;
            }
        } else if (alone(leaderOf, parent, size, a)) {
            if (texts.near(leader[rootB], a, a, b)) {
                leaderOf[a] = rootB;
                size[rootB]++;
            }
        } else if (texts.near(leader[rootA], leader[rootB], a, b)) {
            // the larger tree takes the smaller (so that finding a root stays short); the earlier leader leads
            int kept = size[rootA] >= size[rootB] ? rootA : rootB;
            int joined = kept == rootA ? rootB : rootA;
            parent[joined] = kept;
            size[kept] += size[joined];
            leader[kept] = Math.min(leader[rootA], leader[rootB]);
        }
    }

    /**
     * The texts' sketches, and beside them the lowest byte of every bin, eight bins to a word and
     * the words of one text side by side: a bound on how many bins two sketches agree on that costs
     * one cache line to read. Most candidate pairs of a million texts (texts that share a common
     * sentence) are far apart, and the bound tells them so without reading their whole sketches.
     */
    private static final class Texts {

        private static final int WORDS = TextFingerprint.BINS / 8;
        private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;

        private final int[][] sketches;
        /** When each text arrived ({@link Hours}). */
        private final long[] hours;
        private final long[] lowBytes;

        Texts(int[][] sketches, Long[] hours) {
            this.sketches = sketches;
            this.hours = Hours.of(hours, sketches.length);
            this.lowBytes = new long[sketches.length * WORDS];
            IntStream.range(0, sketches.length).parallel().filter(i -> sketches[i] != null).forEach(i -> {
                for (int w = 0; w < WORDS; w++) {
                    long word = 0;
                    for (int k = 0; k < 8; k++) {
                        word |= (sketches[i][w * 8 + k] & 0xFFL) << (8 * k);
                    }
                    lowBytes[i * WORDS + w] = word;
                }
            });
        }

        /**
         * Whether a text (or a group's leader) belongs with a leader: a near-duplicate of the leader
         * itself; or a near-duplicate of one of its members sent within
         * {@link NearDuplicateTexts#FLOOD_HOURS} of it ({@code a} and {@code b}, the pair that met),
         * and still at least {@link NearDuplicateTexts#LEADER_FLOOR} like the leader. A flood is sent
         * over a few days, its copies reworded and trimmed in different places: they stay one
         * campaign, while honest people who happen to write alike, weeks apart, are not chained
         * together, and no chain drifts far from where it began.
         */
        boolean near(int leader, int text, int a, int b) {
            if (binsWhoseLowByteAgrees(leader, text) < LEADER_FLOOR * TextFingerprint.BINS) {
                return false; // fewer bins can agree in full than agree in their lowest byte
            }
            double similarity = TextFingerprint.similarity(sketches[leader], sketches[text]);
            return similarity >= SIMILARITY || similarity >= LEADER_FLOOR && sentWithinAFlood(a, b)
                    && TextFingerprint.similarity(sketches[a], sketches[b]) >= SIMILARITY;
        }

        private int binsWhoseLowByteAgrees(int x, int y) {
            int same = 0;
            for (int w = 0; w < WORDS; w++) {
                long differ = lowBytes[x * WORDS + w] ^ lowBytes[y * WORDS + w];
                // the high bit of each byte set where the byte of differ is zero (no carry crosses bytes)
                long zero = ~(((differ & LOW_SEVEN) + LOW_SEVEN) | differ | LOW_SEVEN);
                same += Long.bitCount(zero);
            }
            return same;
        }

        private boolean sentWithinAFlood(int a, int b) {
            return hours[a] != Hours.UNKNOWN && hours[b] != Hours.UNKNOWN && Math.abs(hours[a] - hours[b]) <= FLOOD_HOURS;
        }
    }

    private static boolean alone(int[] leaderOf, int[] parent, int[] size, int i) {
        return leaderOf[i] == i && parent[i] == i && size[i] == 1;
    }

    private static int root(int[] parent, int[] leaderOf, int i) {
        int r = leaderOf[i];
        while (parent[r] != r) {
            r = parent[r];
        }
        for (int node = leaderOf[i]; parent[node] != r; ) { // every node on the way now points at the root
            int next = parent[node];
            parent[node] = r;
            node = next;
        }
        return r;
    }
}
