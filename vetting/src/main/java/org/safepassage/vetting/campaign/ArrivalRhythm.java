package org.safepassage.vetting.campaign;

import java.util.Arrays;
import java.util.Objects;

/**
 * When registrations arrive, as a distribution: the arrival hours of every registration vetted
 * together. A campaign is pushed at the intake over a few days or weeks; people who happen to write
 * alike (a short plea in common words, among a million) arrive at the intake's own rhythm, spread
 * over its whole life like everyone else, surges after a broadcast included. Whether a group's
 * arrivals could be a sample of that rhythm is Kuiper's test of its hours against this
 * distribution: unlike Kolmogorov–Smirnov's, it is as sensitive to a group bunched in the middle
 * of the intake's life as at either end, its statistic V being the largest excess of the group's
 * share over everyone's share within any one stretch of time.
 */
public final class ArrivalRhythm {

    /** Fewer known hours than this say nothing about a rhythm. */
    static final int FEWEST = 3;

    private final long[] sorted;

    /** @param hours arrival hours (hours since 1970), null where unknown */
    public ArrivalRhythm(Long[] hours) {
        this.sorted = Arrays.stream(hours).filter(Objects::nonNull).mapToLong(Long::longValue).sorted().toArray();
    }

    /**
     * The p-value of the group's arrivals under the usual rhythm: small when they bunch where the
     * rest do not; 1 when fewer than {@link #FEWEST} of them, or of all registrations, have a known hour.
     */
    public double pValue(int[] members, Long[] hours) {
        long[] group = Arrays.stream(members).mapToObj(m -> hours[m]).filter(Objects::nonNull).mapToLong(Long::longValue)
                .sorted().toArray();
        if (group.length < FEWEST || sorted.length < FEWEST) {
            return 1;
        }
        int n = group.length;
        double above = 0; // D+: how far the group's share runs ahead of everyone's
        double below = 0; // D-: how far it falls behind
        for (int k = 0; k < n; k++) {
            above = Math.max(above, (k + 1) / (double) n - shareAtOrBefore(group[k]));
            below = Math.max(below, shareBefore(group[k]) - k / (double) n);
        }
        double v = above + below;
        double root = Math.sqrt(n);
        return kuiperTail((root + 0.155 + 0.24 / root) * v);
    }

    /**
     * Whether the group's arrivals could be a sample of the usual rhythm, when {@code tested}
     * groups are tested in all: not below 1 % once corrected for that many tests (Bonferroni), so
     * that among thousands of groups of honest people the few that bunch by chance stay usual.
     */
    public boolean usual(int[] members, Long[] hours, int tested) {
        return pValue(members, hours) >= 0.01 / Math.max(1, tested);
    }

    /**
     * The asymptotic tail of Kuiper's statistic with Stephens' (1970) correction for the sample
     * size: P(V > v) = 2 Σ (4j²λ² − 1) e^(−2j²λ²), as in Numerical Recipes (§14.3).
     */
    static double kuiperTail(double lambda) {
        if (lambda < 0.4) {
            return 1; // the series converges slowly here, and the tail is 1 to within 1e-10
        }
        double sum = 0;
        for (int j = 1; j <= 100; j++) {
            double jl = j * j * lambda * lambda;
            double term = (4 * jl - 1) * Math.exp(-2 * jl);
            sum += term;
            if (Math.abs(term) < 1e-14) {
                break;
            }
        }
        return Math.min(1, Math.max(0, 2 * sum));
    }

    private double shareAtOrBefore(long hour) {
        return insertionPoint(hour + 1) / (double) sorted.length;
    }

    private double shareBefore(long hour) {
        return insertionPoint(hour) / (double) sorted.length;
    }

    /** The number of arrivals before {@code hour}. */
    private int insertionPoint(long hour) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < hour) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
