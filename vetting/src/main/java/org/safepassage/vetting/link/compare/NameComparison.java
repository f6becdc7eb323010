package org.safepassage.vetting.link.compare;

import static org.safepassage.vetting.link.Evidence.note;
import static org.safepassage.vetting.link.LinkageModel.Field.FAMILY_NAME;
import static org.safepassage.vetting.link.LinkageModel.Field.FATHER_NAME;
import static org.safepassage.vetting.link.LinkageModel.Field.GIVEN_NAME;
import static org.safepassage.vetting.link.compare.Levels.DIFFERS;
import static org.safepassage.vetting.link.compare.Levels.EXACT;
import static org.safepassage.vetting.link.compare.Levels.INITIAL;
import static org.safepassage.vetting.link.compare.Levels.NEAR;
import static org.safepassage.vetting.link.compare.Levels.ONE_SLIP;
import static org.safepassage.vetting.link.compare.Levels.PART;
import static org.safepassage.vetting.link.compare.Levels.SHORT_SLIP;
import static org.safepassage.vetting.link.compare.NameSpellings.FAR;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.safepassage.vetting.link.Evidence;
import org.safepassage.vetting.link.LinkageModel;
import org.safepassage.vetting.link.LinkageModel.Field;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.link.RecordShares;
import org.safepassage.vetting.names.NameKey;

/**
 * The given, family and father's names: each spelling pair's level ({@link NameSpellings})
 * weighed by how common the name is; the given and family names also read the other way round
 * and, when one registration typed a whole name into one field, as the other's two names. And
 * the most a record's names could weigh against any other ({@link #ceiling}), which settles most
 * candidate pairs without comparing their names.
 */
public final class NameComparison {

    private final FieldAgreement agreement;
    private final NameSpellings spellings;
    private final NameWeights given;
    private final NameWeights familyName;
    private final NameWeights father;
    private final double swapped;
    private final double oneField;
    private final ToDoubleFunction<PersonRecord> givenShare;
    private final ToDoubleFunction<PersonRecord> familyShare;
    private final ToDoubleFunction<PersonRecord> fatherShare;
    private final ToDoubleFunction<PersonRecord> givenAsEitherShare;
    private final ToDoubleFunction<PersonRecord> familyAsEitherShare;

    /** The levels of one name field, read from the model. */
    private record NameWeights(Field field, String label, double m, double slipShare, double part, double shortSlip,
                               double initial, double differs) {

        NameWeights(LinkageModel model, Field field, String label) {
            this(field, label, model.value(field, EXACT), model.value(field, ONE_SLIP), model.value(field, PART),
                    model.value(field, SHORT_SLIP), model.value(field, INITIAL), model.value(field, DIFFERS));
        }

        /** The most a name farther apart than a slip can weigh, whichever of those levels it is. */
        double far() {
            return Math.max(Math.max(part, shortSlip), Math.max(initial, differs));
        }

        /** These levels under another field's name: a name read as this field, told as the field it was written in. */
        NameWeights toldAs(NameWeights other) {
            return new NameWeights(other.field(), other.label(), m, slipShare, part, shortSlip, initial, differs);
        }
    }

    public NameComparison(FieldAgreement agreement, NameSpellings spellings, LinkageModel model) {
        this.agreement = agreement;
        this.spellings = spellings;
        given = new NameWeights(model, GIVEN_NAME, "given name");
        familyName = new NameWeights(model, FAMILY_NAME, "family name");
        father = new NameWeights(model, FATHER_NAME, "father's name");
        swapped = model.value(FAMILY_NAME, "swapped");
        oneField = model.value(FAMILY_NAME, "oneField");
        RecordShares shares = agreement.shares();
        givenShare = shares::given;
        familyShare = shares::family;
        fatherShare = shares::father;
        givenAsEitherShare = shares::givenAsEither;
        familyAsEitherShare = shares::familyAsEither;
    }

    /** The level the fathers' names of {@code a} and {@code b} reach; null when either is missing. */
    public String fatherLevel(PersonRecord a, PersonRecord b) {
        return spellings.level(a.father(), b.father());
    }

    /** The weight of the level the fathers' names reach ({@link #fatherLevel}). */
    public double father(String level, PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        return weigh(father, level, a, b, a.father(), b.father(), fatherShare, fatherShare, evidence);
    }

    /**
     * Whether both give a given name and the two are different names, not the same names written
     * the other way round nor a whole name typed into one field: with one family name, father and
     * birth place, as brothers and sisters have.
     */
    public boolean differentGivenNames(PersonRecord a, PersonRecord b) {
        if (!DIFFERS.equals(spellings.level(a.given(), b.given())) || typedOnlyInOneField(a) || typedOnlyInOneField(b)) {
            return false;
        }
        String givenAsFamily = spellings.level(a.given(), b.family());
        String familyAsGiven = spellings.level(a.family(), b.given());
        // the other way round: one pair agrees, and the other agrees too or is missing on a side
        boolean otherWayRound = givenAsFamily != null && !DIFFERS.equals(givenAsFamily) && !DIFFERS.equals(familyAsGiven)
                || familyAsGiven != null && !DIFFERS.equals(familyAsGiven) && !DIFFERS.equals(givenAsFamily);
        return !otherWayRound;
    }

    /** The given and family names: as written, the other way round, or a whole name typed into one field, whichever weighs most. */
    public double givenAndFamily(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        String givenLevel = spellings.level(a.given(), b.given());
        String familyLevel = spellings.level(a.family(), b.family());
        double givenWeight = weigh(given, givenLevel, a, b, a.given(), b.given(), givenShare, givenShare, null);
        double familyWeight = weigh(familyName, familyLevel, a, b, a.family(), b.family(), familyShare, familyShare, null);
        double straight = givenWeight + familyWeight;
        // Reading the names the other way round can only help when one of them does not agree.
        // Which field a swapped name really belongs to is unknown: it counts as the commoner reading.
        String swappedGiven = givenWeight > 0 && familyWeight > 0 ? null : spellings.level(a.given(), b.family());
        String swappedFamily = swappedGiven == null ? null : spellings.level(a.family(), b.given());
        double swap = swappedGiven == null ? Double.NEGATIVE_INFINITY
                : weigh(familyName, swappedGiven, a, b, a.given(), b.family(), givenAsEitherShare, familyAsEitherShare, null)
                        + weigh(given, swappedFamily, a, b, a.family(), b.given(), familyAsEitherShare, givenAsEitherShare, null) + swapped;
        PersonRecord lone = typedInOneField(a, b);
        PersonRecord full = lone == a ? b : a;
        double read = lone == null ? oneFieldInEitherOrder(a, b, null) : oneFieldReading(lone, full, null);
        if (evidence == null) {
            return Math.max(Math.max(straight, swap), read);
        }
        if (read > Math.max(straight, swap)) {
            return lone == null ? oneFieldInEitherOrder(a, b, evidence) : oneFieldReading(lone, full, evidence);
        }
        if (swap > straight) {
            note(evidence, FAMILY_NAME, "swapped", swapped, "given and family names written the other way round");
            // each weighed as counted above, told by the field the first record wrote it in
            weigh(familyName.toldAs(given), swappedGiven, a, b, a.given(), b.family(), givenAsEitherShare, familyAsEitherShare, evidence);
            weigh(given.toldAs(familyName), swappedFamily, a, b, a.family(), b.given(), familyAsEitherShare, givenAsEitherShare, evidence);
            return swap;
        }
        weigh(given, givenLevel, a, b, a.given(), b.given(), givenShare, givenShare, evidence);
        weigh(familyName, familyLevel, a, b, a.family(), b.family(), familyShare, familyShare, evidence);
        return straight;
    }

    /**
     * The most record {@code a}'s given, family and father's names could weigh against any other
     * record's, {@code a} being the first of the two compared. Each name weighs at most its
     * agreement at its own share (the other's share, when it counts, can only be commoner), a
     * compound's part, a short slip, a different name or nothing; read the other way round, at its
     * share as either field; and another's whole name typed into one field is read against a's
     * names at a's shares. A whole name typed into a's own field is read at the other's shares:
     * such a record has no ceiling.
     */
    public double ceiling(PersonRecord a) {
        if (a.hasOneFieldReading()) {
            return Double.POSITIVE_INFINITY;
        }
        RecordShares shares = agreement.shares();
        double straight = ceiling(given, a.given(), shares.given(a)) + ceiling(familyName, a.family(), shares.family(a));
        double swap = ceiling(familyName, a.given(), shares.givenAsEither(a)) + ceiling(given, a.family(), shares.familyAsEither(a))
                + swapped;
        double readFromOneField = a.givesBothNames() ? straight + oneField : Double.NEGATIVE_INFINITY;
        return Math.max(Math.max(straight, swap), readFromOneField) + ceiling(father, a.father(), shares.father(a));
    }

    private double ceiling(NameWeights field, NameKey name, double share) {
        if (name.isEmpty()) {
            return 0;
        }
        double agreeing = agreement.of(field.m(), share);
        double close = Math.max(agreeing, field.slipShare() * agreeing);
        return Math.max(0, Math.max(close, field.far()));
    }

    /** The most the given and family names could weigh, read straight or the other way round. */
    public double bestGivenAndFamily(PersonRecord a, PersonRecord b) {
        double straight = best(given, a, b, a.given(), b.given(), givenShare, givenShare)
                + best(familyName, a, b, a.family(), b.family(), familyShare, familyShare);
        double swap = best(familyName, a, b, a.given(), b.family(), givenAsEitherShare, familyAsEitherShare)
                + best(given, a, b, a.family(), b.given(), familyAsEitherShare, givenAsEitherShare) + swapped;
        double best = Math.max(straight, swap);
        // a whole name in one field is rare: its reading is weighed in full, as a bound it is exact
        PersonRecord lone = typedInOneField(a, b);
        return Math.max(best, lone == null ? oneFieldInEitherOrder(a, b, null) : oneFieldReading(lone, lone == a ? b : a, null));
    }

    /** The most the fathers' names could weigh. */
    public double bestFather(PersonRecord a, PersonRecord b) {
        return best(father, a, b, a.father(), b.father(), fatherShare, fatherShare);
    }

    /**
     * The most a name could weigh: its weight when the two spellings are close (the same, a slip or a
     * vowel apart: cheap to find); otherwise the most a compound's part, a short slip or a different
     * name can weigh, without looking for which it is.
     */
    private double best(NameWeights field, PersonRecord a, PersonRecord b, NameKey x, NameKey y,
                        ToDoubleFunction<PersonRecord> shareX, ToDoubleFunction<PersonRecord> shareY) {
        String level = NameSpellings.closeLevel(x, y);
        return FAR.equals(level) ? field.far()
                : weigh(field, level, a, b, x, y, shareX, shareY, null);
    }

    /**
     * A whole name typed into one field ({@code lone}) read as the given and family name of one
     * who gave both ({@code full}); how common each is, by the one who gave both (the name read
     * out of one field has no count of its own). Only when the family names are the same: a
     * compound given name typed alone (محمد رضا) is not read as Mohammad Rezaei.
     */
    private double oneFieldReading(PersonRecord lone, PersonRecord full, List<Evidence> evidence) {
        double straight = oneFieldReading(lone, full, lone.oneFieldGiven(), lone.oneFieldFamily(), 0, null);
        double familyFirst = lone.hasFamilyFirstReading()
                ? oneFieldReading(lone, full, lone.familyFirstGiven(), lone.familyFirstFamily(), swapped, null)
                : Double.NEGATIVE_INFINITY;
        if (evidence == null || Math.max(straight, familyFirst) == Double.NEGATIVE_INFINITY) {
            return Math.max(straight, familyFirst);
        }
        return familyFirst > straight
                ? oneFieldReading(lone, full, lone.familyFirstGiven(), lone.familyFirstFamily(), swapped, evidence)
                : oneFieldReading(lone, full, lone.oneFieldGiven(), lone.oneFieldFamily(), 0, evidence);
    }

    /** One reading of a whole name in one field against the other's two fields: the family names must agree. */
    private double oneFieldReading(PersonRecord lone, PersonRecord full, NameKey loneGiven, NameKey loneFamily, double cost,
                                   List<Evidence> evidence) {
        String familyLevel = spellings.level(loneFamily, full.family());
        if (!EXACT.equals(familyLevel) && !slipInALongFamilyName(familyLevel, loneFamily, spellings.level(loneGiven, full.given()))) {
            return Double.NEGATIVE_INFINITY;
        }
        note(evidence, FAMILY_NAME, "oneField", oneField, "whole name written in one field, read as given and family name");
        if (cost != 0) {
            note(evidence, FAMILY_NAME, "swapped", cost, "family name written first");
        }
        RecordShares shares = agreement.shares();
        ToDoubleFunction<PersonRecord> fullGiven = record -> shares.given(full);
        ToDoubleFunction<PersonRecord> fullFamily = record -> shares.family(full);
        return weigh(given, spellings.level(loneGiven, full.given()), lone, full, loneGiven, full.given(), fullGiven, fullGiven, evidence)
                + weigh(familyName, familyLevel, lone, full, loneFamily, full.family(), fullFamily, fullFamily, evidence)
                + oneField + cost;
    }

    /**
     * A family name read out of one field with a slip (مهدی احمید / احمدی), when it is long enough
     * not to be a short given name's neighbour (رضا / Rezaei) and the given names agree too.
     */
    private static boolean slipInALongFamilyName(String familyLevel, NameKey loneFamily, String givenLevel) {
        return ONE_SLIP.equals(familyLevel) && loneFamily.skeleton().length() >= 4
                && (EXACT.equals(givenLevel) || ONE_SLIP.equals(givenLevel));
    }

    /**
     * Two whole names each typed into one field, in different orders (Ali Karimi / Karimi Ali): one
     * read family name first is the other read as written (family names the same, given names the
     * same or a slip apart). It weighs what the two names written alike would, less the swap.
     */
    private double oneFieldInEitherOrder(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        if (!typedOnlyInOneField(a) || !typedOnlyInOneField(b)
                || !readsAs(a.familyFirstGiven(), a.familyFirstFamily(), b) && !readsAs(b.familyFirstGiven(), b.familyFirstFamily(), a)) {
            return Double.NEGATIVE_INFINITY;
        }
        note(evidence, FAMILY_NAME, "swapped", swapped, "whole names written in one field in different orders");
        return weigh(given, EXACT, a, b, a.given(), b.given(), givenShare, givenShare, evidence) + swapped;
    }

    private static boolean typedOnlyInOneField(PersonRecord record) {
        return record.hasOneFieldReading() && !record.givesBothNames();
    }

    /** Whether a family-first reading is what the other's name in one field reads as written. */
    private boolean readsAs(NameKey givenFirst, NameKey familyFirst, PersonRecord other) {
        if (givenFirst.isEmpty() || !EXACT.equals(spellings.level(familyFirst, other.oneFieldFamily()))) {
            return false;
        }
        String level = spellings.level(givenFirst, other.oneFieldGiven());
        return EXACT.equals(level) || ONE_SLIP.equals(level);
    }

    /** Of two records, the one whose whole name was typed into one field while the other gives both names; null if neither. */
    private static PersonRecord typedInOneField(PersonRecord a, PersonRecord b) {
        if (a.hasOneFieldReading() && b.givesBothNames()) {
            return a;
        }
        return b.hasOneFieldReading() && a.givesBothNames() ? b : null;
    }

    /**
     * The weight of a name's level: {@code x} of record {@code a}, {@code y} of record {@code b};
     * how common each is, by {@code shareX} of a and {@code shareY} of b.
     */
    private double weigh(NameWeights field, String level, PersonRecord a, PersonRecord b, NameKey x, NameKey y,
                         ToDoubleFunction<PersonRecord> shareX, ToDoubleFunction<PersonRecord> shareY, List<Evidence> evidence) {
        if (level == null) {
            return 0;
        }
        switch (level) {
            case EXACT -> {
                double u = Math.max(shareX.applyAsDouble(a), shareY.applyAsDouble(b));
                double weight = agreement.of(field.m(), u);
                if (evidence != null) {
                    note(evidence, field.field(), EXACT, weight, field.label() + " agrees"
                            + (x.fromPersianScript() != y.fromPersianScript() ? " across scripts" : "") + " (" + Rarity.inWords(u) + ")");
                }
                return weight;
            }
            case ONE_SLIP, NEAR -> {
                double u = level.equals(NEAR) ? shareX.applyAsDouble(a) : Math.max(shareX.applyAsDouble(a), shareY.applyAsDouble(b));
                double weight = field.slipShare() * agreement.of(field.m(), u);
                if (evidence != null) {
                    note(evidence, field.field(), ONE_SLIP, weight, field.label() + " nearly agrees ("
                            + (level.equals(NEAR) ? "one vowel apart" : "one slip apart") + ")");
                }
                return weight;
            }
            case PART -> {
                // Reza for Mohammadreza is how the person may write it, and also a brother's name
                if (evidence != null) {
                    note(evidence, field.field(), PART, field.part(),
                            field.label() + ": one is the last part of the other's compound name (counts neither way)");
                }
                return field.part();
            }
            case INITIAL -> {
                if (evidence != null) {
                    note(evidence, field.field(), INITIAL, field.initial(),
                            field.label() + ": an initial the other name opens with (counts neither way)");
                }
                return field.initial();
            }
            case SHORT_SLIP -> {
                if (evidence != null) {
                    note(evidence, field.field(), SHORT_SLIP, field.shortSlip(),
                            field.label() + ": short spellings one letter apart (a slip, or another short name; counts neither way)");
                }
                return field.shortSlip();
            }
            default -> {
                if (evidence != null) {
                    note(evidence, field.field(), DIFFERS, field.differs(), field.label() + " differs");
                }
                return field.differs();
            }
        }
    }
}
