package org.safepassage.vetting.link.compare;

/**
 * The levels a field's comparison reaches, by the names the linkage model gives them
 * ({@code linkage-model.tsv}): each field has the ones that make sense for it.
 */
public final class Levels {

    /** The same value (a name's spellings alike, the same year, the same unit). */
    public static final String EXACT = "exact";
    /** One letter or one year apart: a slip. */
    public static final String ONE_SLIP = "oneSlip";
    /** Close but not a slip: a short name's vowels, years two apart, ranks one level apart. */
    public static final String NEAR = "near";
    /** One name is the last part of the other's compound. */
    public static final String PART = "part";
    /** Two values that say two people, or two states of one. */
    public static final String DIFFERS = "differs";
    /** Short spellings one letter apart: a slip, or another short name. */
    public static final String SHORT_SLIP = "shortSlip";
    /** An initial the other name opens with. */
    public static final String INITIAL = "initial";
    /** A place that may lie within the other (a city within a province). */
    public static final String WITHIN = "within";
    /** Two values that cannot both be true of one person. */
    public static final String CONFLICT = "conflict";
    /** A family member's birth year telling the person's own age. */
    public static final String AGE = "age";

    private Levels() {
    }
}
