package org.safepassage.vetting.link;

/**
 * One piece of evidence about two registrations: the field, the level its comparison reached (a
 * level of the linkage model, or a rule of the pair), the weight it added, and the reason in words.
 */
public record Evidence(LinkageModel.Field field, String level, double weight, String reason) {
}
