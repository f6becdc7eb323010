package org.safepassage.vetting.link.compare;

import static org.safepassage.vetting.link.Evidence.note;
import static org.safepassage.vetting.link.LinkageModel.Field.BIRTH_YEAR;
import static org.safepassage.vetting.link.compare.Levels.DIFFERS;
import static org.safepassage.vetting.link.compare.Levels.EXACT;
import static org.safepassage.vetting.link.compare.Levels.NEAR;
import static org.safepassage.vetting.link.compare.Levels.ONE_SLIP;

import java.util.List;
import org.safepassage.vetting.link.Evidence;
import org.safepassage.vetting.link.LinkageModel;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.link.compare.AgreementWeights.Agreeing;

/**
 * Birth years given by both: the same year counts by how many were born in it; one apart a
 * little (a Solar Hijri year spans two Gregorian ones); two apart and further against.
 */
public final class BirthYearComparison {

    private final FieldAgreement agreement;
    private final double oneApart;
    private final double twoApart;
    private final double far;

    public BirthYearComparison(FieldAgreement agreement, LinkageModel model) {
        this.agreement = agreement;
        oneApart = model.value(BIRTH_YEAR, ONE_SLIP);
        twoApart = model.value(BIRTH_YEAR, NEAR);
        far = model.value(BIRTH_YEAR, DIFFERS);
    }

    /** The level two birth years reach; null when either is missing. */
    public static String level(Integer x, Integer y) {
        return x == null || y == null ? null : levelApart(Math.abs(x - y));
    }

    private static String levelApart(int apart) {
        return apart == 0 ? EXACT : apart == 1 ? ONE_SLIP : apart == 2 ? NEAR : DIFFERS;
    }

    /** The weight of the level the birth years of {@code a} and {@code b} reach ({@link #level}). */
    public double weigh(String level, PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        if (level == null) {
            return 0;
        }
        Integer x = a.birthYear();
        Integer y = b.birthYear();
        double weight = weightOf(level, a);
        if (evidence != null) {
            switch (level) {
                case EXACT -> note(evidence, BIRTH_YEAR, EXACT, weight, "same birth year (" + x + ")");
                case ONE_SLIP -> note(evidence, BIRTH_YEAR, ONE_SLIP, weight,
                        "birth years one apart (" + x + " / " + y + "; a Solar Hijri year spans two)");
                case NEAR -> note(evidence, BIRTH_YEAR, NEAR, weight, "birth years 2 apart");
                default -> note(evidence, BIRTH_YEAR, DIFFERS, weight, "birth years " + Math.abs(x - y) + " apart");
            }
        }
        return weight;
    }

    /** What two birth years this many years apart weigh, {@code first} being the first record compared ({@link #level}'s levels). */
    double weighApart(int apart, PersonRecord first) {
        return weightOf(levelApart(apart), first);
    }

    private double weightOf(String level, PersonRecord first) {
        return switch (level) {
            case EXACT -> agreement.of(Agreeing.BIRTH_YEAR, first);
            case ONE_SLIP -> oneApart;
            case NEAR -> twoApart;
            default -> far;
        };
    }
}
