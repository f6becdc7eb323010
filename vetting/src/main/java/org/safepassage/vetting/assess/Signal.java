package org.safepassage.vetting.assess;

/** The signals that can raise a registration's planted risk, each general and explained in words. */
public enum Signal {
    /** Nearly the same narrative or access text as registrations of several other people. */
    TEMPLATE("template"),
    /** One of many registrations from one organisation or unit on one day, far beyond that day's share. */
    BURST("burst"),
    /** One of far more nearly empty registrations in a few hours than the rest of what arrived leads to expect. */
    SWARM("swarm"),
    /** One identity claimed by several different people with conflicting details. */
    IMPERSONATION("impersonation"),
    /** A national ID that cannot be one: wrong check digit, or all one digit. */
    NATIONAL_ID("nationalId"),
    /** A rank the claimed organisation does not have. */
    RANK_ORGANIZATION("rankOrganization"),
    /** A rank well above what the claimed age or years of service allow. */
    RANK_CAREER("rankCareer"),
    /** Years of service, or an age, that a life cannot hold. */
    AGE("age"),
    /** A unit whose name belongs to another organisation. */
    UNIT_ORGANIZATION("unitOrganization"),
    /** Family members whose birth years cannot fit the person's. */
    FAMILY_AGES("familyAges"),
    /** The name of a reference entry with a birth year far from it. */
    REFERENCE_CONTRADICTION("referenceContradiction");

    private final String key;

    Signal(String key) {
        this.key = key;
    }

    /** The name of its weight in a weights file. */
    public String key() {
        return key;
    }
}
