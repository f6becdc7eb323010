package org.safepassage.vetting.run;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 of a clustering against the truth: a pair of registrations
 * counts when both are in one cluster, and is right when both belong to one person.
 */
public record PairwiseQuality(long truePairs, long predictedPairs, long correctPairs) {

    public static PairwiseQuality of(String[] predicted, String[] truth) {
        Map<String, Long> predictedSizes = new HashMap<>();
        Map<String, Long> trueSizes = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        for (int i = 0; i < predicted.length; i++) {
            if (truth[i] == null) {
                continue;
            }
            predictedSizes.merge(predicted[i], 1L, Long::sum);
            trueSizes.merge(truth[i], 1L, Long::sum);
            both.merge(predicted[i] + "\u0000" + truth[i], 1L, Long::sum);
        }
        return new PairwiseQuality(pairs(trueSizes), pairs(predictedSizes), pairs(both));
    }

    private static long pairs(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    public double precision() {
        return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "pairwise precision %.4f, recall %.4f, F1 %.4f (%,d true pairs, %,d predicted, %,d right)",
                precision(), recall(), f1(), truePairs, predictedPairs, correctPairs);
    }
}
