package org.safepassage.vetting.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether each planted campaign of the truth file was found as one: the share of its members
 * that sit in the one predicted campaign holding most of them (members in no predicted campaign
 * count as missed). Reported by style (flood, swarm, impersonation, …): how many campaigns, how
 * many with at least 80 % of their members in one predicted campaign, and the smallest share.
 */
public record CampaignWholeness(Map<String, List<Double>> sharesByStyle) {

    public static final double WHOLE = 0.8;

    static CampaignWholeness of(String[] trueCampaign, String[] style, String[] predictedCampaign) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        Map<String, String> styleOf = new HashMap<>();
        for (int i = 0; i < trueCampaign.length; i++) {
            if (trueCampaign[i] == null) {
                continue;
            }
            sizes.merge(trueCampaign[i], 1, Integer::sum);
            styleOf.putIfAbsent(trueCampaign[i], style[i] == null ? "unnamed" : style[i]);
            if (predictedCampaign[i] != null) {
                counts.computeIfAbsent(trueCampaign[i], c -> new HashMap<>()).merge(predictedCampaign[i], 1, Integer::sum);
            }
        }
        Map<String, List<Double>> shares = new TreeMap<>();
        sizes.forEach((campaign, size) -> {
            int largest = counts.getOrDefault(campaign, Map.of()).values().stream().mapToInt(Integer::intValue).max().orElse(0);
            shares.computeIfAbsent(styleOf.get(campaign), s -> new ArrayList<>()).add(largest / (double) size);
        });
        return new CampaignWholeness(shares);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("planted campaigns found whole (at least 80 % of members in one predicted campaign):");
        sharesByStyle.forEach((style, shares) -> {
            long whole = shares.stream().filter(s -> s >= WHOLE).count();
            double smallest = shares.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            out.append(String.format(Locale.ROOT, " %s %d of %d (smallest share %.0f%%);", style, whole, shares.size(), smallest * 100));
        });
        return out.toString();
    }
}
