package org.safepassage.vetting.campaign;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * When registrations arrive, as a distribution: the arrival hours of every registration vetted
 * together. A campaign is pushed at the intake over a few days; people who happen to write alike
 * (a short plea in common words, among a million) arrive at the intake's own rhythm, spread over
 * its whole life like everyone else. Whether a group's arrivals could be a sample of that rhythm
 * is the one-sample Kolmogorov–Smirnov test of its hours against this distribution.
 */
public final class ArrivalRhythm {

    /** Below this p-value a group did not arrive at the usual rhythm. */
    public static final double UNUSUAL = 0.01;

    private final long[] sorted;

    /** @param hours arrival hours (hours since 1970), null where unknown */
    public ArrivalRhythm(Long[] hours) {
        this.sorted = Arrays.stream(hours).filter(Objects::nonNull).mapToLong(Long::longValue).sorted().toArray();
    }

    /**
     * The p-value of the group's arrivals under the usual rhythm: small when they bunch where the
     * rest do not; 1 when fewer than three of them, or of all registrations, have a known hour.
     */
    public double pValue(int[] members, Long[] hours) {
        double[] group = Arrays.stream(members).mapToObj(m -> hours[m]).filter(Objects::nonNull)
                .mapToDouble(Long::doubleValue).toArray();
        if (group.length < 3 || sorted.length < 3) {
            return 1;
        }
        return new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new Distribution(), group, false);
    }

    /** Whether the group's arrivals could be a sample of the usual rhythm. */
    public boolean usual(int[] members, Long[] hours) {
        return pValue(members, hours) >= UNUSUAL;
    }

    /** The empirical distribution of all arrivals, as the test reads it (its cumulative probability only). */
    private final class Distribution extends AbstractRealDistribution {

        Distribution() {
            super(null);
        }

        @Override
        public double cumulativeProbability(double x) {
            // the share of arrivals at or before x: the insertion point after the last one ≤ x
            int low = 0;
            int high = sorted.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (sorted[mid] <= x) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low / (double) sorted.length;
        }

        @Override
        public double density(double x) {
            throw new UnsupportedOperationException("an empirical arrival rhythm has no density");
        }

        @Override
        public double getNumericalMean() {
            return Arrays.stream(sorted).average().orElse(0);
        }

        @Override
        public double getNumericalVariance() {
            double mean = getNumericalMean();
            return Arrays.stream(sorted).mapToDouble(h -> (h - mean) * (h - mean)).average().orElse(0);
        }

        @Override
        public double getSupportLowerBound() {
            return sorted[0];
        }

        @Override
        public double getSupportUpperBound() {
            return sorted[sorted.length - 1];
        }

        @Override
        public boolean isSupportLowerBoundInclusive() {
            return true;
        }

        @Override
        public boolean isSupportUpperBoundInclusive() {
            return true;
        }

        @Override
        public boolean isSupportConnected() {
            return true;
        }
    }
}
