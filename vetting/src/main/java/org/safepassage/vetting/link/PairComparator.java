package org.safepassage.vetting.link;

import static org.safepassage.vetting.link.Evidence.note;
import static org.safepassage.vetting.link.LinkageModel.Field.PAIR;
import static org.safepassage.vetting.link.compare.Levels.DIFFERS;

import java.util.ArrayList;
import java.util.List;
import org.safepassage.vetting.link.compare.BirthPlaceComparison;
import org.safepassage.vetting.link.compare.BirthYearComparison;
import org.safepassage.vetting.link.compare.FactsAtAGlance;
import org.safepassage.vetting.link.compare.FamilyComparison;
import org.safepassage.vetting.link.compare.FieldAgreement;
import org.safepassage.vetting.link.compare.NameComparison;
import org.safepassage.vetting.link.compare.NameSpellings;
import org.safepassage.vetting.link.compare.NarrativeComparison;
import org.safepassage.vetting.link.compare.NationalIdComparison;
import org.safepassage.vetting.link.compare.OrganizationComparison;
import org.safepassage.vetting.link.compare.RankComparison;
import org.safepassage.vetting.link.compare.ServiceYearsComparison;
import org.safepassage.vetting.link.compare.TableFieldComparison;
import org.safepassage.vetting.link.compare.UnitComparison;
import org.safepassage.vetting.names.NameKey;

/**
 * Compares two records: each field's comparison ({@code link/compare}) finds the level the field
 * reaches (exact, one slip, near, differs, conflict; see {@link LinkageModel}) and weighs it by
 * the model, and this class adds them up under the rules of the pair (what only the person knows
 * conflicting, one record contradicting itself) and says whether the link is confirmed. The
 * evidence (field, level, weight, reason) is what a link's reasons say. Agreement counts by how
 * rare the shared value is (Fellegi–Sunter: log2(m / u)); missing fields count neither way. The
 * model's values are read once, when the comparisons are made: a million comparisons look
 * nothing up.
 */
public final class PairComparator {

    /** The level of the evidence that says a link is unconfirmed. */
    public static final String UNCONFIRMED_LEVEL = "unconfirmed";
    /** The reason a link carries when it rests on what anyone could know or share by chance. */
    public static final String UNCONFIRMED = "nothing only the person knows (national ID, father's name, birth place, family) "
            + "agrees between the two: confirm with the person before trusting this link";

    private final FieldFrequencies frequencies;
    private final LinkageModel model;
    private final FieldAgreement agreement;
    private final NameSpellings spellings;
    private final NationalIdComparison nationalId;
    private final NameComparison names;
    private final BirthYearComparison birthYear;
    private final FamilyComparison family;
    private final BirthPlaceComparison birthPlace;
    private final OrganizationComparison organization;
    private final UnitComparison unit;
    private final RankComparison rank;
    private final TableFieldComparison post;
    private final ServiceYearsComparison serviceYears;
    private final TableFieldComparison branch;
    private final TableFieldComparison province;
    private final NarrativeComparison narrative;
    private final double privateConflict;
    private final double oneSidedContradiction;
    private final double margin;

    /** A comparator that looks up how common each value is as the records come (linking batch after batch). */
    public PairComparator(FieldFrequencies frequencies, LinkageModel model) {
        this(frequencies, frequencies, model);
    }

    /** A comparator over records whose counts no longer change, their shares worked out once ({@link FrozenShares}). */
    public PairComparator(FieldFrequencies frequencies, RecordShares shares, LinkageModel model) {
        this.frequencies = frequencies;
        this.model = model;
        agreement = new FieldAgreement(frequencies, shares, model,
                shares instanceof FrozenShares frozen ? frozen.records() : null);
        spellings = new NameSpellings(frequencies);
        nationalId = new NationalIdComparison(model);
        names = new NameComparison(agreement, spellings, model);
        birthYear = new BirthYearComparison(agreement, model);
        family = new FamilyComparison(model);
        birthPlace = new BirthPlaceComparison(agreement, model);
        organization = new OrganizationComparison(agreement, model);
        unit = new UnitComparison(agreement, model);
        rank = new RankComparison(agreement, model);
        post = TableFieldComparison.post(agreement, model);
        serviceYears = new ServiceYearsComparison(agreement, model);
        branch = TableFieldComparison.branch(agreement, model);
        province = TableFieldComparison.province(agreement, model);
        narrative = new NarrativeComparison(agreement);
        privateConflict = model.value(PAIR, "privateConflict");
        oneSidedContradiction = model.value(PAIR, "oneSidedContradiction");
        margin = model.value(PAIR, "margin");
    }

    public LinkageModel model() {
        return model;
    }

    /**
     * The weight from which a pair is taken for one person. Among n records the prior odds that
     * two are the same person are about 1 in n, so the evidence must outweigh log2(n).
     */
    public double threshold() {
        return Math.log(Math.max(frequencies.records(), 1000)) / Math.log(2) + margin;
    }

    /** The total weight, without reasons: the comparison a million pairs get. */
    public double compare(PersonRecord a, PersonRecord b) {
        return compare(a, b, null);
    }

    /** The total weight; each piece of evidence is added to {@code evidence} when it is not null. */
    public double compare(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        double total = 0;
        double id = nationalId.weigh(a, b, evidence);
        total += id;
        total += names.givenAndFamily(a, b, evidence);
        String fatherLevel = names.fatherLevel(a, b);
        double fatherWeight = names.father(fatherLevel, a, b, evidence);
        String yearLevel = BirthYearComparison.level(a.birthYear(), b.birthYear());
        double year = birthYear.weigh(yearLevel, a, b, evidence);
        total += fatherWeight + year;
        double relatives = family.weigh(a, b, evidence);
        double place = birthPlace.weigh(a, b, evidence);
        total += relatives + place;
        boolean fatherConflicts = DIFFERS.equals(fatherLevel);
        boolean yearConflicts = DIFFERS.equals(yearLevel);
        if (fatherConflicts && yearConflicts) {
            // What an impersonator copies (name, service, unit, rank) may all agree; what only the
            // person knows differs twice over: two people.
            note(evidence, PAIR, "privateConflict", privateConflict, "father's name and birth year both conflict");
            total += privateConflict;
        } else if (yearConflicts && names.differentGivenNames(a, b)) {
            // Brothers and sisters share a family name, a father and a birth place, often a service:
            // another given name and another birth year are two people of one family.
            note(evidence, PAIR, "privateConflict", privateConflict, "given names and birth years both differ: two people of one family");
            total += privateConflict;
        } else if ((id < 0 || fatherConflicts || yearConflicts || place < 0 || relatives < 0)
                && !somethingPrivateAgrees(id, fatherWeight, place, relatives)) {
            // Something only the person knows differs and nothing only the person knows agrees:
            // what anyone can copy or share by chance (name, service, unit, rank) cannot outweigh it.
            note(evidence, PAIR, "privateConflict", privateConflict,
                    "what only the person knows conflicts, and nothing only the person knows agrees");
            total += privateConflict;
        }
        total += organization.weigh(a, b, evidence);
        total += unit.weigh(a, b, evidence);
        total += rank.weigh(a, b, evidence);
        total += post.weigh(a, b, a.position(), b.position(), evidence);
        total += serviceYears.weigh(a, b, evidence);
        total += branch.weigh(a, b, a.branch(), b.branch(), evidence);
        total += province.weigh(a, b, a.province(), b.province(), evidence);
        total += narrative.weigh(a, b, evidence);
        if (a.contradictsItself() != b.contradictsItself()) {
            note(evidence, PAIR, "oneSidedContradiction", oneSidedContradiction, "only one of the two contradicts itself");
            total += oneSidedContradiction;
        }
        if (evidence != null && !somethingPrivateAgrees(id, fatherWeight, place, relatives)) {
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
        double rest = rest(a, b);
        if (rest + namesCeilingOfA < threshold) {
            return Double.NEGATIVE_INFINITY;
        }
        double best = rest + names.bestGivenAndFamily(a, b) + names.bestFather(a, b);
        return best < threshold ? Double.NEGATIVE_INFINITY : compare(a, b);
    }

    /**
     * The most every field but the names can weigh: what each weighs, the pair's rules at their
     * most (what {@link FactsAtAGlance#ceiling} bounds from the packed facts).
     */
    double rest(PersonRecord a, PersonRecord b) {
        return nationalId.weigh(a, b, null)
                + birthYear.weigh(BirthYearComparison.level(a.birthYear(), b.birthYear()), a, b, null)
                + family.weigh(a, b, null) + birthPlace.weigh(a, b, null)
                + organization.weigh(a, b, null) + unit.weigh(a, b, null) + rank.weigh(a, b, null)
                + post.weigh(a, b, a.position(), b.position(), null)
                + serviceYears.weigh(a, b, null) + branch.weigh(a, b, a.branch(), b.branch(), null)
                + province.weigh(a, b, a.province(), b.province(), null) + narrative.weigh(a, b, null)
                + (a.contradictsItself() != b.contradictsItself() ? oneSidedContradiction : 0) + Math.max(0, privateConflict);
    }

    /**
     * The facts of a batch's records other than their names, packed to tell at a glance that a pair
     * cannot reach a threshold ({@link FactsAtAGlance#ceiling}).
     */
    public FactsAtAGlance factsAtAGlance(List<PersonRecord> records) {
        return new FactsAtAGlance(records, agreement, model, birthYear, serviceYears);
    }

    /**
     * The most record {@code a}'s names could weigh against any other record's, {@code a} being
     * the first of the two compared ({@link NameComparison#ceiling}).
     */
    public double namesCeiling(PersonRecord a) {
        return names.ceiling(a);
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
        return somethingPrivateAgrees(nationalId.weigh(a, b, null), names.father(names.fatherLevel(a, b), a, b, null),
                birthPlace.weigh(a, b, null), family.weigh(a, b, null));
    }

    /** The one reading of what only the person knows, from the weights of its four fields: does any of them count for the link. */
    private static boolean somethingPrivateAgrees(double nationalId, double father, double birthPlace, double family) {
        return nationalId > 0 || father > 0 || birthPlace > 0 || family > 0;
    }

    /** Whether two fathers' names may be one name, as the fathers veto reads them ({@link NameSpellings#mayBeOne}). */
    boolean namesMayBeOne(NameKey x, NameKey y) {
        return spellings.mayBeOne(x, y);
    }
}
