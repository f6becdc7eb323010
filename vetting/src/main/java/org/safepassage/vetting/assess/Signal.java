package org.safepassage.vetting.assess;

/**
 * The signals that can raise a registration's planted risk, each general and explained in words,
 * with its default weight (justified, with each signal's measured effect, in docs/vetting.md; a
 * weights file overrides it). Signals that see registrations together are found by a detector of
 * their own ({@code org.safepassage.vetting.detect}); those a registration shows by itself by the
 * consistency checks.
 */
public enum Signal {
    /** Nearly the same narrative or access text as registrations of several other people. */
    TEMPLATE("template", 0.9),
    /** One of many registrations from one organisation or unit on one day, far beyond that day's share. */
    BURST("burst", 0.6),
    /** One of far more nearly empty registrations in a few hours than the rest of what arrived leads to expect. */
    SWARM("swarm", 0.8),
    /** One identity claimed by several different people with conflicting details. */
    IMPERSONATION("impersonation", 0.7),
    /** A national ID that cannot be one: wrong check digit, or all one digit. */
    NATIONAL_ID("nationalId", 0.35),
    /** A rank the claimed organisation does not have. */
    RANK_ORGANIZATION("rankOrganization", 0.4),
    /** A rank well above what the claimed age or years of service allow. */
    RANK_CAREER("rankCareer", 0.35),
    /** Years of service, or an age, that a life cannot hold. */
    AGE("age", 0.4),
    /** A unit whose name belongs to another organisation. */
    UNIT_ORGANIZATION("unitOrganization", 0.35),
    /** Family members whose birth years cannot fit the person's. */
    FAMILY_AGES("familyAges", 0.3),
    /** The name of a reference entry with a birth year far from it. */
    REFERENCE_CONTRADICTION("referenceContradiction", 0.4);

    private final String key;
    private final double defaultWeight;

    Signal(String key, double defaultWeight) {
        this.key = key;
        this.defaultWeight = defaultWeight;
    }

    /** The weight of a finding of strength 1 unless a weights file says otherwise. */
    public double defaultWeight() {
        return defaultWeight;
    }

    /** The name of its weight in a weights file. */
    public String key() {
        return key;
    }
}
