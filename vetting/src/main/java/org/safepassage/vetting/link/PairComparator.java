package org.safepassage.vetting.link;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.safepassage.core.registration.Relation;
import org.safepassage.vetting.names.Edits;
import org.safepassage.vetting.names.NameKey;

/**
 * Compares two records field by field and adds up Fellegi–Sunter weights: agreement on a field
 * counts by how rare the shared value is, disagreement counts against. Missing fields count
 * neither way. The reasons say, in words, what moved the weight.
 */
public final class PairComparator {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** The reason a link carries when it rests on what anyone could know or share by chance. */
    public static final String UNCONFIRMED = "nothing only the person knows (national ID, father's name, birth place, family) "
            + "was given by both: confirm with the person before trusting this link";

    private final FieldFrequencies frequencies;
    private final LinkWeights weights;

    public PairComparator(FieldFrequencies frequencies, LinkWeights weights) {
        this.frequencies = frequencies;
        this.weights = weights;
    }

    public LinkWeights weights() {
        return weights;
    }

    /**
     * The weight from which a pair is taken for one person. Among n records the prior odds that
     * two are the same person are about 1 in n, so the evidence must outweigh log2(n).
     */
    public double threshold() {
        return log2(Math.max(frequencies.records(), 1000)) + weights.margin();
    }

    /** The total weight; reasons are added to {@code reasons} when it is not null. */
    public double compare(PersonRecord a, PersonRecord b, List<String> reasons) {
        double total = 0;
        double id = nationalId(a, b, reasons);
        total += id;
        total += names(a, b, reasons);
        double father = name("father's name", a.father(), b.father(), frequencies::father, weights.fatherDisagree(), reasons);
        double year = birthYear(a.birthYear(), b.birthYear(), reasons);
        total += father + year;
        double family = relatives(a.relatives(), b.relatives(), reasons);
        double place = birthPlace(a, b, reasons);
        total += family + place;
        boolean fatherConflicts = father == weights.fatherDisagree();
        boolean yearConflicts = year == weights.yearFar();
        if (fatherConflicts && yearConflicts) {
            // What an impersonator copies (name, service, unit, rank) may all agree; what only the
            // person knows differs twice over: two people.
            note(reasons, "father's name and birth year both conflict");
            total += weights.privateConflict();
        } else if ((id < 0 || fatherConflicts || yearConflicts || place < 0 || family < 0)
                && !(id > 0 || father > 0 || place > 0 || family > 0)) {
            // Something only the person knows differs and nothing only the person knows agrees:
            // what anyone can copy or share by chance (name, service, unit, rank) cannot outweigh it.
            note(reasons, "what only the person knows conflicts, and nothing only the person knows agrees");
            total += weights.privateConflict();
        }
        if (a.organization() != null && b.organization() != null) {
            boolean same = a.organization().equals(b.organization());
            total += same ? agreement(weights.organizationM(), frequencies.organization(a.organization()))
                    : weights.organizationDiffers();
            note(reasons, () -> same ? "same organisation (" + a.organization() + ")"
                    : "different organisations (" + a.organization() + " / " + b.organization() + ")");
        }
        total += unit(a, b, reasons);
        total += rank(a, b, reasons);
        if (a.contradictsItself() != b.contradictsItself()) {
            note(reasons, "only one of the two contradicts itself");
            total += weights.oneSidedContradiction();
        }
        if (reasons != null && !bothTellPrivately(a, b)) {
            // Such a link is all a namesake, or an invented person who happens to share the name, needs.
            reasons.add(UNCONFIRMED);
        }
        return total;
    }

    /**
     * Whether both records give something only the person knows (national ID, father's name, birth
     * place, family), so that comparing them can confirm or refute one person; otherwise a link
     * rests on what anyone could know or copy.
     */
    public static boolean bothTellPrivately(PersonRecord a, PersonRecord b) {
        return a.nationalId() != null && b.nationalId() != null || !a.father().isEmpty() && !b.father().isEmpty()
                || !a.birthPlace().isEmpty() && !b.birthPlace().isEmpty() || a.relatives().length > 0 && b.relatives().length > 0;
    }

    private double birthPlace(PersonRecord a, PersonRecord b, List<String> reasons) {
        if (a.birthPlace().isEmpty() || b.birthPlace().isEmpty()) {
            return 0;
        }
        String x = a.birthPlace().skeleton();
        String y = b.birthPlace().skeleton();
        boolean same = x.equals(y);
        if (!same && Math.min(x.length(), y.length()) >= 3 && Edits.oneSlipApart(x, y)) {
            // Mashad / Mashhad, Tehrsn / Tehran: a spelling slip is not another place, nor proof of the same one
            note(reasons, "birth places one letter apart");
            return 0;
        }
        note(reasons, same ? "same birth place" : "different birth places");
        return same ? agreement(weights.placeM(), frequencies.place(x)) : weights.placeDiffers();
    }

    private double names(PersonRecord a, PersonRecord b, List<String> reasons) {
        double givenWeight = name(a.given(), b.given(), frequencies::given, weights.givenDisagree());
        double familyWeight = name(a.family(), b.family(), frequencies::family, weights.familyDisagree());
        double straight = givenWeight + familyWeight;
        // Reading the names the other way round can only help when one of them does not agree.
        // Which field a swapped name really belongs to is unknown: it counts as the commoner reading.
        double swapped = givenWeight > 0 && familyWeight > 0 ? Double.NEGATIVE_INFINITY
                : name(a.given(), b.family(), this::eitherField, weights.familyDisagree())
                        + name(a.family(), b.given(), this::eitherField, weights.givenDisagree()) - weights.swapPenalty();
        if (reasons == null) {
            return Math.max(straight, swapped);
        }
        if (swapped > straight) {
            note(reasons, "given and family names written the other way round");
            name("given name", a.given(), b.family(), this::eitherField, weights.familyDisagree(), reasons);
            name("family name", a.family(), b.given(), this::eitherField, weights.givenDisagree(), reasons);
            return swapped;
        }
        name("given name", a.given(), b.given(), frequencies::given, weights.givenDisagree(), reasons);
        name("family name", a.family(), b.family(), frequencies::family, weights.familyDisagree(), reasons);
        return straight;
    }

    private double eitherField(String skeleton) {
        return Math.max(frequencies.given(skeleton), frequencies.family(skeleton));
    }

    private double name(NameKey x, NameKey y, ToDoubleFunction<String> share, double disagree) {
        return name(null, x, y, share, disagree, null);
    }

    private double name(String field, NameKey x, NameKey y, ToDoubleFunction<String> share, double disagree,
                        List<String> reasons) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        boolean bothPersian = x.fromPersianScript() && y.fromPersianScript();
        if (x.sameSkeleton(y) && vowelsAgree(x, y) && (!bothPersian || x.folded().equals(y.folded()))) {
            double u = x.skeleton().equals(y.skeleton()) ? share.applyAsDouble(x.skeleton())
                    : Math.max(share.applyAsDouble(x.skeleton()), share.applyAsDouble(y.skeleton()));
            double weight = Math.min(weights.maxNameWeight(), log2(weights.nameM() / u));
            if (reasons != null) {
                reasons.add(field + " agrees" + (x.fromPersianScript() != y.fromPersianScript() ? " across scripts" : "")
                        + " (" + rarity(u) + ")");
            }
            return weight;
        }
        if (bothPersian ? Math.min(x.folded().length(), y.folded().length()) >= 3 && Edits.oneSlipApart(x.folded(), y.folded())
                : oneSlip(x.skeleton(), y.skeleton())) {
            double u = Math.max(share.applyAsDouble(x.skeleton()), share.applyAsDouble(y.skeleton()));
            double weight = weights.typoFactor() * Math.min(weights.maxNameWeight(), log2(weights.nameM() / u));
            if (reasons != null) {
                reasons.add(field + " nearly agrees (one slip apart)");
            }
            return weight;
        }
        if (x.sameSkeleton(y) && Edits.oneSlipApart(x.folded(), y.folded())) {
            // a short name whose vowels differ by one letter (Amir / Emir, Yaser / Yasar): a slip, not another name
            double weight = weights.typoFactor() * Math.min(weights.maxNameWeight(), log2(weights.nameM() / share.applyAsDouble(x.skeleton())));
            if (reasons != null) {
                reasons.add(field + " nearly agrees (one vowel apart)");
            }
            return weight;
        }
        if (CompoundNames.sharedPart(x, y, frequencies) != null) {
            // Reza for Mohammadreza is how the person may write it, and also a brother's name:
            // neither for nor against (measured on both corpora: any weight for it adds false pairs)
            if (reasons != null) {
                reasons.add(field + ": one is the last part of the other's compound name (counts neither way)");
            }
            return 0;
        }
        if (reasons != null) {
            reasons.add(field + " differs");
        }
        return disagree;
    }

    /**
     * Units within the same organisation: the same one counts by how many records name it; two
     * different unit numbers count against (a unit written as text alone may be worded otherwise,
     * so different texts count neither way).
     */
    private double unit(PersonRecord a, PersonRecord b, List<String> reasons) {
        String x = a.unitKey();
        String y = b.unitKey();
        if (x == null || y == null || !Objects.equals(a.organization(), b.organization())) {
            return 0;
        }
        if (x.equals(y)) {
            note(reasons, () -> a.unitNumber().isEmpty() || a.unit().equals(b.unit()) ? "same unit"
                    : "same unit number (" + a.unitNumber() + ")");
            return agreement(weights.unitM(), frequencies.unit(x));
        }
        if (!a.unitNumber().isEmpty() && !b.unitNumber().isEmpty()) {
            note(reasons, () -> "different unit numbers (" + a.unitNumber() + " / " + b.unitNumber() + ")");
            return weights.unitDiffers();
        }
        return 0;
    }

    /**
     * Ranks recognised on both (rank table): the same rank counts by how common it is; one level
     * apart counts a little against (a promotion between two registrations happens); further
     * apart, more.
     */
    private double rank(PersonRecord a, PersonRecord b, List<String> reasons) {
        if (a.rank() == null || b.rank() == null) {
            return 0;
        }
        if (a.rank() == b.rank()) { // one instance per rank of the table: identity, not a field-by-field record equals
            note(reasons, () -> "same rank (" + a.rank().english() + ")");
            return agreement(weights.rankM(), frequencies.rank(a.rank().name()));
        }
        int apart = Math.abs(a.rank().level() - b.rank().level());
        note(reasons, () -> "different ranks (" + a.rank().english() + " / " + b.rank().english() + ")");
        return apart <= 1 ? weights.rankNear() : weights.rankDiffers();
    }

    /**
     * Family members listed by both: each relative of the same kind born within a year of one on
     * the other list counts for; a spouse listed by both with years far apart counts against.
     */
    private double relatives(int[] x, int[] y, List<String> reasons) {
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
        boolean childrenApart = matched == 0 && hasChild(x) && hasChild(y);
        double weight = matched * weights.relativeSame() + (spouseConflict ? weights.spouseDiffers() : 0)
                + (childrenApart ? weights.childrenDiffer() : 0);
        if (childrenApart) {
            note(reasons, "children listed by both, none born within a year of another");
        }
        if (matched > 0) {
            note(reasons, matched + " family member(s) listed by both with matching birth years");
        }
        if (spouseConflict) {
            note(reasons, "spouses' birth years far apart");
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

    /** Whether two spellings can be one name: the same keys, or one slip apart. */
    static boolean namesMeet(NameKey x, NameKey y) {
        if (x.sameSkeleton(y)) {
            return true;
        }
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

    private double birthYear(Integer x, Integer y, List<String> reasons) {
        if (x == null || y == null) {
            return 0;
        }
        int apart = Math.abs(x - y);
        if (apart == 0) {
            note(reasons, () -> "same birth year (" + x + ")");
            return agreement(weights.yearM(), frequencies.year(x));
        }
        if (apart == 1) {
            note(reasons, () -> "birth years one apart (" + x + " / " + y + "; a Solar Hijri year spans two)");
            return weights.yearOff();
        }
        note(reasons, () -> "birth years " + apart + " apart");
        return apart == 2 ? weights.yearTwoApart() : weights.yearFar();
    }

    private double nationalId(PersonRecord a, PersonRecord b, List<String> reasons) {
        if (a.nationalId() == null || b.nationalId() == null) {
            return 0;
        }
        if (a.nationalId().equals(b.nationalId())) {
            if (a.nationalIdValid()) {
                note(reasons, "same national ID (check digit valid)");
                return weights.nationalIdSame();
            }
            note(reasons, "same national ID, but its check digit is wrong");
            return weights.nationalIdNear();
        }
        if (a.nationalIdValid() && b.nationalIdValid()) {
            note(reasons, "conflicting national IDs (both with valid check digits)");
            return weights.nationalIdConflict();
        }
        if (Edits.oneSlipApart(a.nationalId(), b.nationalId())) {
            note(reasons, "national IDs one slip apart (one has a wrong check digit)");
            return weights.nationalIdNear();
        }
        note(reasons, "different national IDs (one has a wrong check digit)");
        return weights.nationalIdConflict() / 4;
    }

    private double agreement(double m, double u) {
        return Math.min(weights.maxNameWeight(), log2(m / u));
    }

    private static String rarity(double share) {
        if (share >= 0.01) {
            return String.format(Locale.ROOT, "common: %.0f%% of records", share * 100);
        }
        return "rare: about 1 in " + String.format(Locale.ROOT, "%,d", Math.round(1 / share));
    }

    private static void note(List<String> reasons, String reason) {
        if (reasons != null) {
            reasons.add(reason);
        }
    }

    /** A reason put together only when reasons are asked for: most comparisons (a million pairs) never are. */
    private static void note(List<String> reasons, Supplier<String> reason) {
        if (reasons != null) {
            reasons.add(reason.get());
        }
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
