package org.safepassage.vetting.campaign;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Copies of a flood's text typed again by hand: every copy with its own slips (letters swapped,
 * dropped), a few in each line, so that two copies share fewer five-letter shingles than
 * {@link NearDuplicateTexts} asks of near-duplicates. Once a flood is found (its like texts arrive
 * out of the intake's rhythm), a text sent within the flood's own hours that is at least
 * {@link #ALIKE} like one of its members is one more copy: honest people rarely write that much
 * of one text in those same hours, and nothing outside the flood's hours is taken.
 */
public final class RetypedCopies {

    /** How like one of a flood's members a text sent in the flood's hours must be (estimated Jaccard of shingles). */
    public static final double ALIKE = 0.4;
    /** How many of a flood's members, spread over it, each text is compared with. */
    static final int COMPARED = 32;

    private final int[][] sketches;
    private final Long[] hours;
    /** The registrations with a text and an hour, by hour; sorted when a first campaign asks (most files have none). */
    private int[] byHour;

    public RetypedCopies(int[][] sketches, Long[] hours) {
        this.sketches = sketches;
        this.hours = hours;
    }

    /**
     * The flood's members and the texts sent within its hours (first to last member) that are
     * copies of it, in order; {@code taken} marks texts already in another flood, which stay there.
     */
    public int[] of(int[] members, boolean[] taken) {
        return of(members, taken, 0);
    }

    /**
     * As {@link #of(int[], boolean[])}, over the group's hours and {@code around} hours before and
     * after them: a group found on one day of a flood sent over several.
     */
    public int[] of(int[] members, boolean[] taken, int around) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int m : members) {
            if (hours[m] != null) {
                first = Math.min(first, hours[m]);
                last = Math.max(last, hours[m]);
            }
        }
        if (first > last) {
            return members;
        }
        first -= around;
        last += around;
        if (byHour == null) {
            byHour = IntStream.range(0, sketches.length).filter(i -> sketches[i] != null && hours[i] != null)
                    .boxed().sorted(Comparator.comparingLong(i -> hours[i])).mapToInt(Integer::intValue).toArray();
        }
        int[] compared = spread(members);
        int[] sorted = members.clone();
        Arrays.sort(sorted);
        IntStream.Builder copies = IntStream.builder();
        for (int k = firstAtOrAfter(first); k < byHour.length && hours[byHour[k]] <= last; k++) {
            int text = byHour[k];
            if (!taken[text] && Arrays.binarySearch(sorted, text) < 0 && likeAny(text, compared)) {
                copies.add(text);
            }
        }
        return IntStream.concat(Arrays.stream(members), copies.build()).sorted().toArray();
    }

    private boolean likeAny(int text, int[] compared) {
        for (int m : compared) {
            if (sketches[m] != null && TextFingerprint.similarity(sketches[m], sketches[text]) >= ALIKE) {
                return true;
            }
        }
        return false;
    }

    /** Up to {@link #COMPARED} members, evenly spread over the group. */
    private static int[] spread(int[] members) {
        if (members.length <= COMPARED) {
            return members;
        }
        return IntStream.range(0, COMPARED).map(k -> members[(int) ((long) k * members.length / COMPARED)]).toArray();
    }

    private int firstAtOrAfter(long hour) {
        int low = 0;
        int high = byHour.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (hours[byHour[mid]] < hour) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
