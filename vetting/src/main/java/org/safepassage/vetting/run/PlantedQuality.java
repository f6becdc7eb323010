package org.safepassage.vetting.run;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How well planted risk finds planted registrations: ROC AUC (the chance that a planted
 * registration scores above a genuine one, ties counting half), precision among the K
 * registrations of highest risk, and how many planted registrations sit in a cluster that also
 * holds genuine ones (merged into a genuine person's file).
 */
public record PlantedQuality(int planted, int genuine, double auc, double precisionAt100, double precisionAt1000,
                             double precisionAtPlanted, int mergedIntoGenuine) {

    public static PlantedQuality of(double[] risk, boolean[] planted, String[] cluster) {
        int n = risk.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(risk[b], risk[a]));
        int positives = 0;
        for (boolean p : planted) {
            positives += p ? 1 : 0;
        }
        int negatives = n - positives;
        // AUC by ranks, ties shared: sum over tie groups of positives × (negatives ranked below + half those tied)
        double favourable = 0;
        int negativesBelow = negatives;
        for (int start = 0; start < n; ) {
            int end = start;
            int tiedPositives = 0;
            int tiedNegatives = 0;
            while (end < n && risk[order[end]] == risk[order[start]]) {
                if (planted[order[end]]) {
                    tiedPositives++;
                } else {
                    tiedNegatives++;
                }
                end++;
            }
            negativesBelow -= tiedNegatives;
            favourable += tiedPositives * (negativesBelow + tiedNegatives / 2.0);
            start = end;
        }
        double auc = positives == 0 || negatives == 0 ? Double.NaN : favourable / ((double) positives * negatives);
        Map<String, Boolean> clusterHasGenuine = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (!planted[i]) {
                clusterHasGenuine.put(cluster[i], true);
            }
        }
        int merged = 0;
        for (int i = 0; i < n; i++) {
            if (planted[i] && clusterHasGenuine.getOrDefault(cluster[i], false)) {
                merged++;
            }
        }
        return new PlantedQuality(positives, negatives, auc, precisionAt(order, planted, 100),
                precisionAt(order, planted, 1000), precisionAt(order, planted, positives), merged);
    }

    private static double precisionAt(Integer[] order, boolean[] planted, int k) {
        int top = Math.min(k, order.length);
        int hits = 0;
        for (int i = 0; i < top; i++) {
            hits += planted[order[i]] ? 1 : 0;
        }
        return top == 0 ? Double.NaN : hits / (double) top;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "planted risk: ROC AUC %.4f; precision at 100 %.3f, at 1,000 %.3f, at %,d (the number "
                        + "planted) %.3f; %,d planted and %,d genuine registrations; planted merged into a genuine person's "
                        + "cluster: %,d", auc, precisionAt100, precisionAt1000, planted, precisionAtPlanted, planted, genuine,
                mergedIntoGenuine);
    }
}
