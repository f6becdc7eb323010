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

    /** The levels by {@link #step}: the same year, one apart, two apart, further. */
    private static final String[] LEVELS = {EXACT, ONE_SLIP, NEAR, DIFFERS};

    private final FieldAgreement agreement;
    /** What each level but the same year weighs, by {@link #step} (the same year's weight is the record's own). */
    private final double[] apartWeights;

    public BirthYearComparison(FieldAgreement agreement, LinkageModel model) {
        this.agreement = agreement;
        apartWeights = new double[LEVELS.length];
        for (int step = 1; step < LEVELS.length; step++) {
            apartWeights[step] = model.value(BIRTH_YEAR, LEVELS[step]);
        }
    }

    /** The level two birth years reach; null when either is missing. */
    public static String level(Integer x, Integer y) {
        return x == null || y == null ? null : LEVELS[step(Math.abs(x - y))];
    }

    /** Years apart as the levels count them: 0, 1, 2, or 3 for three and more. */
    private static int step(int apart) {
        return Math.min(apart, LEVELS.length - 1);
    }

    /** The weight of the level the birth years of {@code a} and {@code b} reach ({@link #level}). */
    public double weigh(String level, PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        if (level == null) {
            return 0;
        }
        Integer x = a.birthYear();
        Integer y = b.birthYear();
        double weight = weighApart(Math.abs(x - y), a);
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
        // by index, not by the level's name: this is weighed for every block pair a million registrations make
        int step = step(apart);
        return step == 0 ? agreement.of(Agreeing.BIRTH_YEAR, first) : apartWeights[step];
    }
}
