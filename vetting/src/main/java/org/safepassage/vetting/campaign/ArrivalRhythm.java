package org.safepassage.vetting.campaign;

import java.util.Arrays;
import java.util.Objects;

/**
 * When registrations arrive: the arrival hours of every registration vetted together. A campaign
 * is pushed at the intake over a few days or weeks; people who happen to write alike (a short plea
 * in common words, among a million) arrive at the intake's own rhythm, spread over its whole life
 * like everyone else, surges after a broadcast included. Whether a group's arrivals could come
 * from the same rhythm as everyone else's is Kuiper's two-sample test: unlike
 * Kolmogorov–Smirnov's, it is as sensitive to a group bunched in the middle of the intake's life
 * as at either end, its statistic V being the largest excess of the group's share over the
 * others' share within any one stretch of time.
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
     * The p-value of the group's arrivals against everyone else's (two-sample Kuiper test): small
     * when they bunch where the rest do not; NaN when fewer than {@link #FEWEST} of the group, or of
     * the rest, have a known hour. The rest, not all arrivals: a flood that is most of what arrives
     * would otherwise be the very rhythm it is measured against.
     */
    double pValue(int[] members, Long[] hours) {
        long[] group = Arrays.stream(members).mapToObj(m -> hours[m]).filter(Objects::nonNull).mapToLong(Long::longValue)
                .sorted().toArray();
        int n = group.length;
        int m = sorted.length - n;
        if (n < FEWEST || m < FEWEST) {
            return Double.NaN;
        }
        // Both distributions are steps; the group's runs ahead of the rest's most at one of its own
        // arrivals, and falls behind most just before one.
        double above = 0;
        double below = 0;
        for (int k = 0; k < n; k++) {
            int groupAtOrBefore = upper(group, group[k]);
            int groupBefore = lower(group, group[k]);
            int restAtOrBefore = upper(sorted, group[k]) - groupAtOrBefore;
            int restBefore = lower(sorted, group[k]) - groupBefore;
            above = Math.max(above, groupAtOrBefore / (double) n - restAtOrBefore / (double) m);
            below = Math.max(below, restBefore / (double) m - groupBefore / (double) n);
        }
        double v = above + below;
        double root = Math.sqrt(n * (double) m / (n + m));
        return kuiperTail((root + 0.155 + 0.24 / root) * v);
    }

    /**
     * Whether the group's arrivals could be a sample of the usual rhythm, when {@code tested}
     * groups are tested in all: not below 1 % once corrected for that many tests (Bonferroni), so
     * that among thousands of groups of honest people the few that bunch by chance stay usual.
     * Too few known hours to tell is not usual: the group stays a template.
     */
    public boolean usual(int[] members, Long[] hours, int tested) {
        double p = pValue(members, hours);
        return !Double.isNaN(p) && p >= 0.01 / Math.max(1, tested);
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

    /** How many of the sorted values are at most {@code value}. */
    private static int upper(long[] values, long value) {
        return lower(values, value + 1);
    }

    /** How many of the sorted values are below {@code value}. */
    private static int lower(long[] values, long value) {
        int low = 0;
        int high = values.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
