package org.safepassage.vetting.link;

import static org.safepassage.vetting.link.LinkageModel.Field.BIRTH_PLACE;
import static org.safepassage.vetting.link.LinkageModel.Field.BIRTH_YEAR;
import static org.safepassage.vetting.link.LinkageModel.Field.BRANCH;
import static org.safepassage.vetting.link.LinkageModel.Field.FAMILY;
import static org.safepassage.vetting.link.LinkageModel.Field.FAMILY_NAME;
import static org.safepassage.vetting.link.LinkageModel.Field.FATHER_NAME;
import static org.safepassage.vetting.link.LinkageModel.Field.GIVEN_NAME;
import static org.safepassage.vetting.link.LinkageModel.Field.NARRATIVE;
import static org.safepassage.vetting.link.LinkageModel.Field.NATIONAL_ID;
import static org.safepassage.vetting.link.LinkageModel.Field.ORGANIZATION;
import static org.safepassage.vetting.link.LinkageModel.Field.PAIR;
import static org.safepassage.vetting.link.LinkageModel.Field.POSITION;
import static org.safepassage.vetting.link.LinkageModel.Field.PROVINCE;
import static org.safepassage.vetting.link.LinkageModel.Field.RANK;
import static org.safepassage.vetting.link.LinkageModel.Field.SERVICE_YEARS;
import static org.safepassage.vetting.link.LinkageModel.Field.UNIT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.safepassage.core.registration.Relation;
import org.safepassage.vetting.link.AgreementWeights.Agreeing;
import org.safepassage.vetting.link.LinkageModel.Field;
import org.safepassage.vetting.names.Edits;
import org.safepassage.vetting.names.NameKey;
import org.safepassage.vetting.names.Provinces;

/**
 * Compares two records field by field: each comparison finds the level the field reaches (exact,
 * one slip, near, differs, conflict; see {@link LinkageModel}), the level's weight comes from the
 * model, and the evidence (field, level, weight, reason) is what a link's reasons say. Agreement
 * counts by how rare the shared value is (Fellegi–Sunter: log2(m / u)); missing fields count
 * neither way. The model's values are read once, here: a million comparisons look nothing up.
 */
public final class PairComparator {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** The level of the evidence that says a link is unconfirmed. */
    public static final String UNCONFIRMED_LEVEL = "unconfirmed";
    /** The reason a link carries when it rests on what anyone could know or share by chance. */
    public static final String UNCONFIRMED = "nothing only the person knows (national ID, father's name, birth place, family) "
            + "agrees between the two: confirm with the person before trusting this link";

    static final String EXACT = "exact";
    static final String ONE_SLIP = "oneSlip";
    static final String NEAR = "near";
    static final String PART = "part";
    static final String DIFFERS = "differs";
    static final String SHORT_SLIP = "shortSlip";
    static final String INITIAL = "initial";
    static final String WITHIN = "within";
    static final String CONFLICT = "conflict";
    static final String AGE = "age";
    /** Not a level of the model: farther apart than a slip, to be told apart as a compound's part, a short slip or another name. */
    private static final String FAR = "far";

    private final FieldFrequencies frequencies;
    private final RecordShares shares;
    private final LinkageModel model;
    private final NameWeights given;
    private final NameWeights familyName;
    private final NameWeights father;
    private final double cap;
    private final double swapped;
    private final double oneField;
    private final double yearM;
    private final double yearOneApart;
    private final double yearTwoApart;
    private final double yearFar;
    private final double idSame;
    private final double idSlip;
    private final double idDiffers;
    private final double idConflict;
    private final double placeM;
    private final double placeSlip;
    private final double placeWithin;
    private final double placeDiffers;
    private final double relativeSame;
    private final double relativeTellsAge;
    private final double childrenApart;
    private final double spousesApart;
    private final double organizationM;
    private final double organizationDiffers;
    private final double unitM;
    private final double unitDiffers;
    private final double rankM;
    private final double rankNear;
    private final double rankDiffers;
    /** Posts within the same organisation, from the table of posts. */
    private final TableField post;
    private final double serviceYearsM;
    private final double serviceYearsOneApart;
    private final double serviceYearsDiffer;
    /** Branches within the same organisation, from the table of branches. */
    private final TableField branch;
    /** Provinces of service, from the gazetteer of provinces. */
    private final TableField province;
    private final double privateConflict;
    private final double oneSidedContradiction;
    private final double margin;
    private final double narrativeM;
    /** What agreeing on each field weighs for each record, when the counts no longer change; null while they do. */
    private final AgreementWeights agreements;

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
    }

    /** A comparator that looks up how common each value is as the records come (linking batch after batch). */
    public PairComparator(FieldFrequencies frequencies, LinkageModel model) {
        this(frequencies, frequencies, model);
    }

    /** A comparator over records whose counts no longer change, their shares worked out once ({@link FrozenShares}). */
    public PairComparator(FieldFrequencies frequencies, RecordShares shares, LinkageModel model) {
        this.frequencies = frequencies;
        this.shares = shares;
        this.model = model;
        given = new NameWeights(model, GIVEN_NAME, "given name");
        familyName = new NameWeights(model, FAMILY_NAME, "family name");
        father = new NameWeights(model, FATHER_NAME, "father's name");
        cap = model.value(PAIR, "cap");
        swapped = model.value(FAMILY_NAME, "swapped");
        oneField = model.value(FAMILY_NAME, "oneField");
        yearM = model.value(BIRTH_YEAR, EXACT);
        yearOneApart = model.value(BIRTH_YEAR, ONE_SLIP);
        yearTwoApart = model.value(BIRTH_YEAR, NEAR);
        yearFar = model.value(BIRTH_YEAR, DIFFERS);
        idSame = model.value(NATIONAL_ID, EXACT);
        idSlip = model.value(NATIONAL_ID, ONE_SLIP);
        idDiffers = model.value(NATIONAL_ID, DIFFERS);
        idConflict = model.value(NATIONAL_ID, CONFLICT);
        placeM = model.value(BIRTH_PLACE, EXACT);
        placeSlip = model.value(BIRTH_PLACE, ONE_SLIP);
        placeWithin = model.value(BIRTH_PLACE, WITHIN);
        placeDiffers = model.value(BIRTH_PLACE, DIFFERS);
        relativeSame = model.value(FAMILY, EXACT);
        relativeTellsAge = model.value(FAMILY, AGE);
        childrenApart = model.value(FAMILY, DIFFERS);
        spousesApart = model.value(FAMILY, CONFLICT);
        organizationM = model.value(ORGANIZATION, EXACT);
        organizationDiffers = model.value(ORGANIZATION, DIFFERS);
        unitM = model.value(UNIT, EXACT);
        unitDiffers = model.value(UNIT, DIFFERS);
        rankM = model.value(RANK, EXACT);
        rankNear = model.value(RANK, NEAR);
        rankDiffers = model.value(RANK, DIFFERS);
        post = new TableField(POSITION, Agreeing.POSITION, model.value(POSITION, EXACT), model.value(POSITION, DIFFERS), true,
                "same post as written", "same post", "different posts", UnaryOperator.identity());
        serviceYearsM = model.value(SERVICE_YEARS, EXACT);
        serviceYearsOneApart = model.value(SERVICE_YEARS, ONE_SLIP);
        serviceYearsDiffer = model.value(SERVICE_YEARS, DIFFERS);
        branch = new TableField(BRANCH, Agreeing.BRANCH, model.value(BRANCH, EXACT), model.value(BRANCH, DIFFERS), true,
                "same branch", "same branch", "different branches", UnaryOperator.identity());
        province = new TableField(PROVINCE, Agreeing.PROVINCE, model.value(PROVINCE, EXACT), model.value(PROVINCE, DIFFERS), false,
                "same province", "same province", "different provinces", Provinces::englishName);
        privateConflict = model.value(PAIR, "privateConflict");
        oneSidedContradiction = model.value(PAIR, "oneSidedContradiction");
        margin = model.value(PAIR, "margin");
        narrativeM = model.value(NARRATIVE, EXACT);
        agreements = shares instanceof FrozenShares frozen ? new AgreementWeights(frozen.records(), this::agreementOf) : null;
    }

    public LinkageModel model() {
        return model;
    }

    /**
     * The weight from which a pair is taken for one person. Among n records the prior odds that
     * two are the same person are about 1 in n, so the evidence must outweigh log2(n).
     */
    public double threshold() {
        return log2(Math.max(frequencies.records(), 1000)) + margin;
    }

    /** The total weight, without reasons: the comparison a million pairs get. */
    public double compare(PersonRecord a, PersonRecord b) {
        return compare(a, b, null);
    }

    /** The total weight; each piece of evidence is added to {@code evidence} when it is not null. */
    public double compare(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        double total = 0;
        double id = nationalId(a, b, evidence);
        total += id;
        total += names(a, b, evidence);
        String fatherLevel = nameLevel(a.father(), b.father());
        double fatherWeight = nameWeight(father, fatherLevel, a, b, a.father(), b.father(), shares::father, shares::father, evidence);
        String yearLevel = birthYearLevel(a.birthYear(), b.birthYear());
        double year = birthYear(yearLevel, a, b, evidence);
        total += fatherWeight + year;
        double family = relatives(a, b, evidence);
        double place = birthPlace(a, b, evidence);
        total += family + place;
        boolean fatherConflicts = DIFFERS.equals(fatherLevel);
        boolean yearConflicts = DIFFERS.equals(yearLevel);
        if (fatherConflicts && yearConflicts) {
            // What an impersonator copies (name, service, unit, rank) may all agree; what only the
            // person knows differs twice over: two people.
            note(evidence, PAIR, "privateConflict", privateConflict, "father's name and birth year both conflict");
            total += privateConflict;
        } else if ((id < 0 || fatherConflicts || yearConflicts || place < 0 || family < 0)
                && !somethingPrivateAgrees(id, fatherWeight, place, family)) {
            // Something only the person knows differs and nothing only the person knows agrees:
            // what anyone can copy or share by chance (name, service, unit, rank) cannot outweigh it.
            note(evidence, PAIR, "privateConflict", privateConflict,
                    "what only the person knows conflicts, and nothing only the person knows agrees");
            total += privateConflict;
        }
        total += organization(a, b, evidence);
        total += unit(a, b, evidence);
        total += rank(a, b, evidence);
        total += tableValue(post, a, b, a.position(), b.position(), evidence);
        total += serviceYears(a, b, evidence);
        total += tableValue(branch, a, b, a.branch(), b.branch(), evidence);
        total += tableValue(province, a, b, a.province(), b.province(), evidence);
        total += ownWords(a, b, evidence);
        if (a.contradictsItself() != b.contradictsItself()) {
            note(evidence, PAIR, "oneSidedContradiction", oneSidedContradiction, "only one of the two contradicts itself");
            total += oneSidedContradiction;
        }
        if (evidence != null && !somethingPrivateAgrees(id, fatherWeight, place, family)) {
            // Such a link is all a namesake, or an invented person who happens to share the name, needs.
            evidence.add(new Evidence(PAIR, UNCONFIRMED_LEVEL, 0, UNCONFIRMED));
        }
        return total;
    }

    /**
     * The total weight when it may reach {@code threshold}, as {@link #compare(PersonRecord, PersonRecord)}
     * gives it; negative infinity when it cannot. What is cheap to compare is compared first; then
     * the names' ceiling for {@code a} ({@link #namesCeiling}, worked out once per record) settles
     * most pairs; the names are compared only when their best levels could lift the rest that far.
     */
    public double compareIfItMayReach(PersonRecord a, PersonRecord b, double threshold, double namesCeilingOfA) {
        double rest = nationalId(a, b, null)
                + birthYear(birthYearLevel(a.birthYear(), b.birthYear()), a, b, null)
                + relatives(a, b, null) + birthPlace(a, b, null)
                + organization(a, b, null) + unit(a, b, null) + rank(a, b, null) + tableValue(post, a, b, a.position(), b.position(), null)
                + serviceYears(a, b, null) + tableValue(branch, a, b, a.branch(), b.branch(), null)
                + tableValue(province, a, b, a.province(), b.province(), null) + ownWords(a, b, null)
                + (a.contradictsItself() != b.contradictsItself() ? oneSidedContradiction : 0) + Math.max(0, privateConflict);
        if (rest + namesCeilingOfA < threshold) {
            return Double.NEGATIVE_INFINITY;
        }
        double best = rest + bestNames(a, b) + bestName(father, a, b, a.father(), b.father(), shares::father, shares::father);
        return best < threshold ? Double.NEGATIVE_INFINITY : compare(a, b);
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
    public double namesCeiling(PersonRecord a) {
        if (a.hasOneFieldReading()) {
            return Double.POSITIVE_INFINITY;
        }
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
        double agreeing = agreement(field.m(), share);
        double close = Math.max(agreeing, field.slipShare() * agreeing);
        return Math.max(0, Math.max(close, field.far()));
    }

    /** The most the given and family names could weigh, read straight or the other way round. */
    private double bestNames(PersonRecord a, PersonRecord b) {
        double straight = bestName(given, a, b, a.given(), b.given(), shares::given, shares::given)
                + bestName(familyName, a, b, a.family(), b.family(), shares::family, shares::family);
        double swap = bestName(familyName, a, b, a.given(), b.family(), shares::givenAsEither, shares::familyAsEither)
                + bestName(given, a, b, a.family(), b.given(), shares::familyAsEither, shares::givenAsEither) + swapped;
        double best = Math.max(straight, swap);
        // a whole name in one field is rare: its reading is weighed in full, as a bound it is exact
        PersonRecord lone = typedInOneField(a, b);
        return Math.max(best, lone == null ? oneFieldInEitherOrder(a, b, null) : oneFieldReading(lone, lone == a ? b : a, null));
    }

    /**
     * The most a name could weigh: its weight when the two spellings are close (the same, a slip or a
     * vowel apart: cheap to find); otherwise the most a compound's part, a short slip or a different
     * name can weigh, without looking for which it is.
     */
    private double bestName(NameWeights field, PersonRecord a, PersonRecord b, NameKey x, NameKey y,
                            ToDoubleFunction<PersonRecord> shareX, ToDoubleFunction<PersonRecord> shareY) {
        String level = closeLevel(x, y);
        return FAR.equals(level) ? field.far()
                : nameWeight(field, level, a, b, x, y, shareX, shareY, null);
    }

    /** The reasons of a comparison, in words: its evidence. */
    public List<String> reasons(PersonRecord a, PersonRecord b) {
        List<Evidence> evidence = new ArrayList<>();
        compare(a, b, evidence);
        return evidence.stream().map(Evidence::reason).toList();
    }

    /**
     * Whether something only the person knows agrees between the two records (the national ID, the
     * father's name, the birth place or a family member counts for them); otherwise a link rests on
     * what anyone could know or copy (name, service, unit, rank), even when both gave something
     * private that neither agrees nor differs (a spouse listed without a birth year, fathers' names
     * too short to tell).
     */
    public boolean confirms(PersonRecord a, PersonRecord b) {
        return somethingPrivateAgrees(nationalId(a, b, null),
                nameWeight(father, nameLevel(a.father(), b.father()), a, b, a.father(), b.father(), shares::father, shares::father, null),
                birthPlace(a, b, null), relatives(a, b, null));
    }

    /** The one reading of what only the person knows, from the weights of its four fields: does any of them count for the link. */
    private static boolean somethingPrivateAgrees(double nationalId, double father, double birthPlace, double family) {
        return nationalId > 0 || father > 0 || birthPlace > 0 || family > 0;
    }

    private double organization(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        if (a.organization() == null || b.organization() == null) {
            return 0;
        }
        if (a.organization().equals(b.organization())) {
            double weight = agreed(Agreeing.ORGANIZATION, a);
            if (evidence != null) {
                note(evidence, ORGANIZATION, EXACT, weight, "same organisation (" + a.organization() + ")");
            }
            return weight;
        }
        if (evidence != null) {
            note(evidence, ORGANIZATION, DIFFERS, organizationDiffers,
                    "different organisations (" + a.organization() + " / " + b.organization() + ")");
        }
        return organizationDiffers;
    }

    /**
     * A birth place written as a province (Khuzestan, گیلان) against another birth place: the same
     * province counts as the same place does; a city in it, or a place the gazetteer does not know
     * (a village may lie in it), neither way; a city of another province, or another province, against.
     */
    private double birthProvince(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        String x = a.birthProvince() != null ? a.birthProvince() : Provinces.ofCity(a.place());
        String y = b.birthProvince() != null ? b.birthProvince() : Provinces.ofCity(b.place());
        if (a.birthProvince() != null && b.birthProvince() != null && x.equals(y)) {
            double weight = agreed(Agreeing.BIRTH_PLACE, a);
            note(evidence, BIRTH_PLACE, EXACT, weight, "same province of birth");
            return weight;
        }
        if (x == null || y == null || x.equals(y)) {
            note(evidence, BIRTH_PLACE, WITHIN, placeWithin, "one birth place is a province, the other a place that may lie in it");
            return placeWithin;
        }
        note(evidence, BIRTH_PLACE, DIFFERS, placeDiffers, "different birth places");
        return placeDiffers;
    }

    private double birthPlace(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        if (a.birthPlace().isEmpty() || b.birthPlace().isEmpty()) {
            return 0;
        }
        if (a.place() != null && b.place() != null) {
            // both cities of the gazetteer: the same city in any of its names, or two cities
            if (a.place().equals(b.place())) {
                double weight = agreed(Agreeing.BIRTH_PLACE, a);
                note(evidence, BIRTH_PLACE, EXACT, weight, "same birth place");
                return weight;
            }
            note(evidence, BIRTH_PLACE, DIFFERS, placeDiffers, "different birth places");
            return placeDiffers;
        }
        if (a.birthProvince() != null || b.birthProvince() != null) {
            return birthProvince(a, b, evidence);
        }
        String x = a.birthPlace().skeleton();
        String y = b.birthPlace().skeleton();
        if (x.equals(y)) { // neither is a city of the gazetteer (one that is would be both)
            double weight = agreed(Agreeing.BIRTH_PLACE, a);
            note(evidence, BIRTH_PLACE, EXACT, weight, "same birth place");
            return weight;
        }
        if (Math.min(x.length(), y.length()) >= 3 && Edits.oneSlipApart(x, y)
                || a.place() != null && b.placesOneSlipAway().contains(a.place())
                || b.place() != null && a.placesOneSlipAway().contains(b.place())
                || !Collections.disjoint(a.placesOneSlipAway(), b.placesOneSlipAway())) {
            // Mashad / Mashhad, Tehrsn / Tehran, سلوه / Saveh (a slip from ساوه, another name of the city),
            // قوین / قزوبن (each a slip from قزوین): a spelling slip is not another place, nor proof of the same one
            note(evidence, BIRTH_PLACE, ONE_SLIP, placeSlip, "birth places one letter apart");
            return placeSlip;
        }
        note(evidence, BIRTH_PLACE, DIFFERS, placeDiffers, "different birth places");
        return placeDiffers;
    }

    private double names(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        String givenLevel = nameLevel(a.given(), b.given());
        String familyLevel = nameLevel(a.family(), b.family());
        double givenWeight = nameWeight(given, givenLevel, a, b, a.given(), b.given(), shares::given, shares::given, null);
        double familyWeight = nameWeight(familyName, familyLevel, a, b, a.family(), b.family(), shares::family, shares::family, null);
        double straight = givenWeight + familyWeight;
        // Reading the names the other way round can only help when one of them does not agree.
        // Which field a swapped name really belongs to is unknown: it counts as the commoner reading.
        String swappedGiven = givenWeight > 0 && familyWeight > 0 ? null : nameLevel(a.given(), b.family());
        String swappedFamily = swappedGiven == null ? null : nameLevel(a.family(), b.given());
        double swap = swappedGiven == null ? Double.NEGATIVE_INFINITY
                : nameWeight(familyName, swappedGiven, a, b, a.given(), b.family(), shares::givenAsEither, shares::familyAsEither, null)
                        + nameWeight(given, swappedFamily, a, b, a.family(), b.given(), shares::familyAsEither, shares::givenAsEither, null) + swapped;
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
            nameWeight(new NameWeights(GIVEN_NAME, "given name", given.m(), given.slipShare(), given.part(), given.shortSlip(),
                            given.initial(), familyName.differs()),
                    swappedGiven, a, b, a.given(), b.family(), shares::givenAsEither, shares::familyAsEither, evidence);
            nameWeight(new NameWeights(FAMILY_NAME, "family name", familyName.m(), familyName.slipShare(), familyName.part(),
                    familyName.shortSlip(), familyName.initial(), given.differs()), swappedFamily, a, b, a.family(), b.given(), shares::familyAsEither, shares::givenAsEither, evidence);
            return swap;
        }
        nameWeight(given, givenLevel, a, b, a.given(), b.given(), shares::given, shares::given, evidence);
        nameWeight(familyName, familyLevel, a, b, a.family(), b.family(), shares::family, shares::family, evidence);
        return straight;
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
        String familyLevel = nameLevel(loneFamily, full.family());
        if (!EXACT.equals(familyLevel) && !slipInALongFamilyName(familyLevel, loneFamily, nameLevel(loneGiven, full.given()))) {
            return Double.NEGATIVE_INFINITY;
        }
        note(evidence, FAMILY_NAME, "oneField", oneField, "whole name written in one field, read as given and family name");
        if (cost != 0) {
            note(evidence, FAMILY_NAME, "swapped", cost, "family name written first");
        }
        ToDoubleFunction<PersonRecord> givenShare = record -> shares.given(full);
        ToDoubleFunction<PersonRecord> familyShare = record -> shares.family(full);
        return nameWeight(given, nameLevel(loneGiven, full.given()), lone, full, loneGiven, full.given(), givenShare, givenShare, evidence)
                + nameWeight(familyName, familyLevel, lone, full, loneFamily, full.family(), familyShare, familyShare, evidence)
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
        return nameWeight(given, EXACT, a, b, a.given(), b.given(), shares::given, shares::given, evidence) + swapped;
    }

    private static boolean typedOnlyInOneField(PersonRecord record) {
        return record.hasOneFieldReading() && !record.givesBothNames();
    }

    /** Whether a family-first reading is what the other's name in one field reads as written. */
    private boolean readsAs(NameKey givenFirst, NameKey familyFirst, PersonRecord other) {
        if (givenFirst.isEmpty() || !EXACT.equals(nameLevel(familyFirst, other.oneFieldFamily()))) {
            return false;
        }
        String level = nameLevel(givenFirst, other.oneFieldGiven());
        return EXACT.equals(level) || ONE_SLIP.equals(level);
    }

    /** Of two records, the one whose whole name was typed into one field while the other gives both names; null if neither. */
    private static PersonRecord typedInOneField(PersonRecord a, PersonRecord b) {
        if (a.hasOneFieldReading() && b.givesBothNames()) {
            return a;
        }
        return b.hasOneFieldReading() && a.givesBothNames() ? b : null;
    }

    /** The level two spellings of a name reach; null when either is missing. */
    private String nameLevel(NameKey x, NameKey y) {
        String level = closeLevel(x, y);
        if (!FAR.equals(level)) {
            return level;
        }
        if (CompoundNames.sharedPart(x, y, frequencies) != null) {
            return PART;
        }
        boolean bothPersian = x.fromPersianScript() && y.fromPersianScript();
        if (!bothPersian && Math.min(x.skeleton().length(), y.skeleton().length()) == 3 && Edits.oneSlipApart(x.skeleton(), y.skeleton())) {
            return SHORT_SLIP; // Rexza / رضا, or Amir / Amin: a slip in a short name, or another short name
        }
        if (!x.fromPersianScript() && !y.fromPersianScript() && Math.min(x.folded().length(), y.folded().length()) >= 4
                && Edits.oneSlipApart(x.folded(), y.folded())) {
            return SHORT_SLIP; // Abbas / Abbahs: two Latin spellings a letter apart whose skeletons are too short to tell
        }
        return DIFFERS;
    }

    /**
     * The level of two spellings that are the same, a slip or a vowel apart, or of an initial and a
     * name it may stand for; {@link #FAR} otherwise; null when either is missing.
     */
    private static String closeLevel(NameKey x, NameKey y) {
        if (x.isEmpty() || y.isEmpty()) {
            return null;
        }
        if (isInitial(x) || isInitial(y)) {
            return initialMayStandFor(isInitial(x) ? x : y, isInitial(x) ? y : x) ? INITIAL : FAR;
        }
        boolean bothPersian = x.fromPersianScript() && y.fromPersianScript();
        if (x.sameSkeleton(y) && vowelsAgree(x, y) && (!bothPersian || x.folded().equals(y.folded()))) {
            return EXACT;
        }
        if (oneSlipApart(x, y)) {
            return ONE_SLIP;
        }
        if (x.sameSkeleton(y) && Edits.oneSlipApart(x.folded(), y.folded())) {
            return NEAR; // a short name whose vowels differ by one letter (Amir / Emir, Yaser / Yasar): a slip
        }
        return FAR;
    }

    /** A name written as its first letter (M., م.): one letter as read, or a letter Latin writes with two (Sh., Kh.). */
    static boolean isInitial(NameKey name) {
        return name.folded().length() == 1;
    }

    /**
     * Whether an initial may stand for a name (or for another initial): the name opens with its
     * letter as read (M. for Mohammad or محمد, Gh. or Q. for Ghasem, Kh. for Khalil), or both open with
     * a vowel, which Latin spellings of one name write differently (E. or I. for Ebrahim, A. for
     * Ali or علی, whose opening ع the key does not keep).
     */
    private static boolean initialMayStandFor(NameKey initial, NameKey name) {
        char letter = initial.folded().charAt(0);
        String other = name.folded();
        return other.charAt(0) == letter || isVowel(letter) && (isVowel(other.charAt(0)) || name.opensWithVowel());
    }

    private static boolean isVowel(char letter) {
        return "aeiou".indexOf(letter) >= 0;
    }

    /**
     * The weight of a name's level: {@code x} of record {@code a}, {@code y} of record {@code b};
     * how common each is, by {@code shareX} of a and {@code shareY} of b.
     */
    private double nameWeight(NameWeights field, String level, PersonRecord a, PersonRecord b, NameKey x, NameKey y,
                              ToDoubleFunction<PersonRecord> shareX, ToDoubleFunction<PersonRecord> shareY,
                              List<Evidence> evidence) {
        if (level == null) {
            return 0;
        }
        switch (level) {
            case EXACT -> {
                double u = Math.max(shareX.applyAsDouble(a), shareY.applyAsDouble(b));
                double weight = agreement(field.m(), u);
                if (evidence != null) {
                    note(evidence, field.field(), EXACT, weight, field.label() + " agrees"
                            + (x.fromPersianScript() != y.fromPersianScript() ? " across scripts" : "") + " (" + rarity(u) + ")");
                }
                return weight;
            }
            case ONE_SLIP, NEAR -> {
                double u = level.equals(NEAR) ? shareX.applyAsDouble(a) : Math.max(shareX.applyAsDouble(a), shareY.applyAsDouble(b));
                double weight = field.slipShare() * agreement(field.m(), u);
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

    /**
     * Units within the same organisation: the same one counts by how many records name it; two
     * different unit numbers count against (a unit written as text alone may be worded otherwise,
     * so different texts count neither way).
     */
    private double unit(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        String x = a.unitKey();
        String y = b.unitKey();
        if (x == null || y == null || !Objects.equals(a.organization(), b.organization())) {
            return 0;
        }
        if (x.equals(y)) {
            double weight = agreed(Agreeing.UNIT, a);
            if (evidence != null) {
                note(evidence, UNIT, EXACT, weight, a.unitNumber().isEmpty() || a.unit().equals(b.unit()) ? "same unit"
                        : "same unit number (" + a.unitNumber() + ")");
            }
            return weight;
        }
        if (!a.unitNumber().isEmpty() && !b.unitNumber().isEmpty()) {
            if (evidence != null) {
                note(evidence, UNIT, DIFFERS, unitDiffers, "different unit numbers (" + a.unitNumber() + " / " + b.unitNumber() + ")");
            }
            return unitDiffers;
        }
        return 0;
    }

    /**
     * A field read through a table (posts, branches, provinces): two values of the table count by how
     * many records share the value ({@code share}), two different ones against ({@code differs}: people
     * move between posts, branches and provinces); a text the table does not read
     * ({@link PersonRecord#asWritten}) counts only when both wrote it alike, as it may be another
     * wording of either. {@code withinOrganization}: compared only between records of one
     * organisation; {@code shown}: a value as reasons name it.
     */
    private record TableField(Field field, Agreeing agreeing, double m, double differs, boolean withinOrganization,
                              String sameAsWritten, String same, String different, UnaryOperator<String> shown) {
    }

    /** The weight of a table field given by both, {@code x} of {@code a} and {@code y} of {@code b}. */
    private double tableValue(TableField f, PersonRecord a, PersonRecord b, String x, String y, List<Evidence> evidence) {
        if (x == null || y == null || f.withinOrganization() && !Objects.equals(a.organization(), b.organization())) {
            return 0;
        }
        if (x.equals(y)) {
            double weight = agreed(f.agreeing(), a);
            if (evidence != null) {
                note(evidence, f.field(), EXACT, weight,
                        PersonRecord.isAsWritten(x) ? f.sameAsWritten() : f.same() + " (" + f.shown().apply(x) + ")");
            }
            return weight;
        }
        if (PersonRecord.isAsWritten(x) || PersonRecord.isAsWritten(y)) {
            return 0;
        }
        if (evidence != null) {
            note(evidence, f.field(), DIFFERS, f.differs(), f.different() + " (" + f.shown().apply(x) + " / " + f.shown().apply(y) + ")");
        }
        return f.differs();
    }

    /** The same narrative word for word: counted by how likely another person is to write it; otherwise nothing either way. */
    private double ownWords(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        if (!a.words().same(b.words())) {
            return 0;
        }
        double weight = agreed(Agreeing.NARRATIVE, a);
        if (evidence != null) {
            double share = shares.words(a);
            note(evidence, NARRATIVE, EXACT, weight, "the same narrative, word for word ("
                    + (share < 1e-6 ? "its own words: hardly anyone else would write them" : rarity(share, "narratives")) + ")");
        }
        return weight;
    }

    /**
     * Years of service given by both: the same number counts by how many give it; one apart a
     * little (registrations months apart); three or more apart against.
     */
    private double serviceYears(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        Integer x = a.yearsOfService();
        Integer y = b.yearsOfService();
        if (x == null || y == null) {
            return 0;
        }
        int apart = Math.abs(x - y);
        if (apart == 0) {
            double weight = agreed(Agreeing.SERVICE_YEARS, a);
            if (evidence != null) {
                note(evidence, SERVICE_YEARS, EXACT, weight, "same years of service (" + x + ")");
            }
            return weight;
        }
        if (apart == 2) {
            return 0;
        }
        double weight = apart == 1 ? serviceYearsOneApart : serviceYearsDiffer;
        if (evidence != null) {
            note(evidence, SERVICE_YEARS, apart == 1 ? ONE_SLIP : DIFFERS, weight, "years of service " + x + " / " + y);
        }
        return weight;
    }

    /**
     * Ranks recognised on both (rank table): the same rank counts by how common it is; one level
     * apart counts a little against (a promotion between two registrations happens); further
     * apart, more.
     */
    private double rank(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        if (a.rank() == null || b.rank() == null) {
            return 0;
        }
        if (a.rank() == b.rank()) { // one instance per rank of the table: identity, not a field-by-field record equals
            double weight = agreed(Agreeing.RANK, a);
            if (evidence != null) {
                note(evidence, RANK, EXACT, weight, "same rank (" + a.rank().english() + ")");
            }
            return weight;
        }
        boolean near = Math.abs(a.rank().level() - b.rank().level()) <= 1;
        double weight = near ? rankNear : rankDiffers;
        if (evidence != null) {
            note(evidence, RANK, near ? NEAR : DIFFERS, weight,
                    "different ranks (" + a.rank().english() + " / " + b.rank().english() + ")");
        }
        return weight;
    }

    /**
     * Family members listed by both: each relative of the same kind born within a year of one on
     * the other list counts for; a spouse listed by both with years far apart counts against. A
     * spouse's or a child's age says much of the person's own: when both give their birth year it
     * was counted there, and when they do not, the first member matched counts that age as well.
     */
    private double relatives(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        int[] x = a.relatives();
        int[] y = b.relatives();
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        // Both lists are sorted (relation, then year): taking for each member the first free one of
        // the other list within a year gives the largest matching, the same from either side.
        int matched = 0;
        boolean[] used = new boolean[y.length];
        for (int member : x) {
            if (member % 10_000 == 0) {
                continue;
            }
            for (int j = 0; j < y.length; j++) {
                if (!used[j] && y[j] / 10_000 == member / 10_000 && Math.abs(y[j] % 10_000 - member % 10_000) <= 1) {
                    used[j] = true;
                    matched++;
                    break;
                }
            }
        }
        boolean spouseConflict = spousesApart(x, y);
        boolean childrenDiffer = matched == 0 && hasChild(x) && hasChild(y);
        double weight = 0;
        if (childrenDiffer) {
            note(evidence, FAMILY, DIFFERS, childrenApart, "children listed by both, none born within a year of another");
            weight += childrenApart;
        }
        if (matched > 0) {
            int members = matched;
            if (evidence != null) {
                note(evidence, FAMILY, EXACT, members * relativeSame,
                        members + " family member(s) listed by both with matching birth years");
            }
            weight += matched * relativeSame;
            if (a.birthYear() == null || b.birthYear() == null) {
                note(evidence, FAMILY, AGE, relativeTellsAge, "their ages told by a family member, as their own birth years are not both given");
                weight += relativeTellsAge;
            }
        }
        if (spouseConflict) {
            note(evidence, FAMILY, CONFLICT, spousesApart, "spouses' birth years far apart");
            weight += spousesApart;
        }
        return weight;
    }

    /** Both list a spouse with a birth year, and no spouse of one was born within two years of one of the other's. */
    private static boolean spousesApart(int[] x, int[] y) {
        boolean both = false;
        for (int a : x) {
            for (int b : y) {
                if (a / 10_000 == Relation.SPOUSE.ordinal() && b / 10_000 == Relation.SPOUSE.ordinal()
                        && a % 10_000 != 0 && b % 10_000 != 0) {
                    if (Math.abs(a % 10_000 - b % 10_000) <= 2) {
                        return false;
                    }
                    both = true;
                }
            }
        }
        return both;
    }

    private static boolean hasChild(int[] relatives) {
        for (int member : relatives) {
            if (member / 10_000 == Relation.CHILD.ordinal() && member % 10_000 != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two fathers' names may be one name, as the fathers veto reads them: leniently, as the
     * veto refuses a join outright whatever else agrees. Any level short of different may be one
     * name (a short spelling one letter off, Rexza / رضا, too); and so may two spellings one slip
     * apart however short (Rea / رضا, امر / امیر, Samda / Samad): in a short name a typo is as
     * likely as another name. The comparison still weighs such names as it does.
     */
    boolean namesMayBeOne(NameKey x, NameKey y) {
        String level = nameLevel(x, y);
        if (level == null) {
            return false;
        }
        return !DIFFERS.equals(level) || oneSlipHoweverShort(x.skeleton(), y.skeleton())
                || x.fromPersianScript() && y.fromPersianScript() && oneSlipHoweverShort(x.folded(), y.folded());
    }

    private static boolean oneSlipHoweverShort(String x, String y) {
        return Math.min(x.length(), y.length()) >= 2 && Edits.oneSlipApart(x, y);
    }

    /**
     * One slip between two spellings: in Persian script compared letter for letter (three letters
     * at least), otherwise by skeleton in names long enough for a slip to still say something.
     */
    private static boolean oneSlipApart(NameKey x, NameKey y) {
        return x.fromPersianScript() && y.fromPersianScript()
                ? Math.min(x.folded().length(), y.folded().length()) >= 3 && Edits.oneSlipApart(x.folded(), y.folded())
                : oneSlip(x.skeleton(), y.skeleton());
    }

    /** One letter added, dropped, changed or swapped with its neighbour, in names long enough for that to still say something. */
    static boolean oneSlip(String x, String y) {
        return Math.min(x.length(), y.length()) >= 4 && Edits.oneSlipApart(x, y);
    }

    /**
     * Short skeletons (Ali, Reza, Elahe) are shared by unrelated names; when both spellings carry
     * vowels, those vowels must agree too.
     */
    private static boolean vowelsAgree(NameKey x, NameKey y) {
        if (Math.min(x.skeleton().length(), y.skeleton().length()) > 3 || x.fromPersianScript() || y.fromPersianScript()
                || x.folded().equals(y.folded())) {
            return true;
        }
        return JARO_WINKLER.apply(x.folded(), y.folded()) >= 0.85;
    }

    private String birthYearLevel(Integer x, Integer y) {
        if (x == null || y == null) {
            return null;
        }
        int apart = Math.abs(x - y);
        return apart == 0 ? EXACT : apart == 1 ? ONE_SLIP : apart == 2 ? NEAR : DIFFERS;
    }

    private double birthYear(String level, PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        if (level == null) {
            return 0;
        }
        Integer x = a.birthYear();
        Integer y = b.birthYear();
        return switch (level) {
            case EXACT -> {
                double weight = agreed(Agreeing.BIRTH_YEAR, a);
                if (evidence != null) {
                    note(evidence, BIRTH_YEAR, EXACT, weight, "same birth year (" + x + ")");
                }
                yield weight;
            }
            case ONE_SLIP -> {
                if (evidence != null) {
                    note(evidence, BIRTH_YEAR, ONE_SLIP, yearOneApart,
                            "birth years one apart (" + x + " / " + y + "; a Solar Hijri year spans two)");
                }
                yield yearOneApart;
            }
            case NEAR -> {
                note(evidence, BIRTH_YEAR, NEAR, yearTwoApart, "birth years 2 apart");
                yield yearTwoApart;
            }
            default -> {
                if (evidence != null) {
                    note(evidence, BIRTH_YEAR, DIFFERS, yearFar, "birth years " + Math.abs(x - y) + " apart");
                }
                yield yearFar;
            }
        };
    }

    private double nationalId(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        if (a.nationalId() == null || b.nationalId() == null) {
            return 0;
        }
        if (a.nationalId().equals(b.nationalId())) {
            if (a.nationalIdValid()) {
                note(evidence, NATIONAL_ID, EXACT, idSame, "same national ID (check digit valid)");
                return idSame;
            }
            note(evidence, NATIONAL_ID, ONE_SLIP, idSlip, "same national ID, but its check digit is wrong");
            return idSlip;
        }
        if (a.nationalIdValid() && b.nationalIdValid()) {
            note(evidence, NATIONAL_ID, CONFLICT, idConflict, "conflicting national IDs (both with valid check digits)");
            return idConflict;
        }
        if (Edits.oneSlipApart(a.nationalId(), b.nationalId())) {
            note(evidence, NATIONAL_ID, ONE_SLIP, idSlip, "national IDs one slip apart (one has a wrong check digit)");
            return idSlip;
        }
        note(evidence, NATIONAL_ID, DIFFERS, idDiffers, "different national IDs (one has a wrong check digit)");
        return idDiffers;
    }

    private double agreement(double m, double u) {
        return Math.min(cap, log2(m / u));
    }

    /** What agreeing on the field weighs for record {@code a}: worked out once per record when the counts no longer change. */
    private double agreed(Agreeing field, PersonRecord a) {
        return agreements != null ? agreements.of(field, a) : agreementOf(field, a);
    }

    private double agreementOf(Agreeing field, PersonRecord a) {
        return switch (field) {
            case BIRTH_YEAR -> a.birthYear() == null ? 0 : agreement(yearM, frequencies.year(a.birthYear()));
            case BIRTH_PLACE -> agreement(placeM, shares.place(a));
            case ORGANIZATION -> agreement(organizationM, shares.organization(a));
            case UNIT -> agreement(unitM, shares.unit(a));
            case RANK -> agreement(rankM, shares.rank(a));
            case POSITION -> agreement(post.m(), shares.position(a));
            case SERVICE_YEARS -> agreement(serviceYearsM, shares.serviceYears(a));
            case BRANCH -> agreement(branch.m(), shares.branch(a));
            case PROVINCE -> agreement(province.m(), shares.province(a));
            case NARRATIVE -> agreement(narrativeM, shares.words(a));
        };
    }

    /**
     * How common a value is, in words: "common: 3% of records" or "rare: about 1 in 12,500" (as
     * String.format's "%.0f" and "%,d" write them, without its cost: every link of a million
     * registrations is explained in words).
     */
    static String rarity(double share) {
        return rarity(share, "records");
    }

    /** As {@link #rarity(double)}, the share being of {@code what} ("narratives"). */
    static String rarity(double share, String what) {
        if (share >= 0.01) {
            return "common: " + Math.round(share * 100) + "% of " + what;
        }
        String digits = Long.toString(Math.round(1 / share));
        StringBuilder grouped = new StringBuilder("rare: about 1 in ");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }

    private static void note(List<Evidence> evidence, Field field, String level, double weight, String reason) {
        if (evidence != null) {
            evidence.add(new Evidence(field, level, weight, reason));
        }
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
