package org.safepassage.vetting.generate;

import java.util.Arrays;
import java.util.Random;

/** Picks index k of n with probability proportional to 1 / (k + 1)^s: names are Zipf-distributed. */
final class ZipfPick {

    private final double[] cumulative;

    ZipfPick(int n, double s) {
        cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1.0 / Math.pow(k + 1, s);
            cumulative[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            cumulative[k] /= sum;
        }
    }

    int next(Random random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
    }
}
