package org.safepassage.vetting.link;

import java.util.List;

/**
 * One piece of evidence about two registrations: the field, the level its comparison reached (a
 * level of the linkage model, or a rule of the pair), the weight it added, and the reason in words.
 */
public record Evidence(LinkageModel.Field field, String level, double weight, String reason) {

    /** Adds the evidence to {@code evidence}, unless it is null: a comparison that only weighs keeps none. */
    public static void note(List<Evidence> evidence, LinkageModel.Field field, String level, double weight, String reason) {
        if (evidence != null) {
            evidence.add(new Evidence(field, level, weight, reason));
        }
    }
}
