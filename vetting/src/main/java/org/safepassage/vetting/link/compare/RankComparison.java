package org.safepassage.vetting.link.compare;

import static org.safepassage.vetting.link.Evidence.note;
import static org.safepassage.vetting.link.LinkageModel.Field.RANK;
import static org.safepassage.vetting.link.compare.Levels.DIFFERS;
import static org.safepassage.vetting.link.compare.Levels.EXACT;
import static org.safepassage.vetting.link.compare.Levels.NEAR;

import java.util.List;
import org.safepassage.vetting.link.Evidence;
import org.safepassage.vetting.link.LinkageModel;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.link.compare.AgreementWeights.Agreeing;

/**
 * Ranks recognised on both (rank table): the same rank counts by how common it is; one level
 * apart counts a little against (a promotion between two registrations happens); further
 * apart, more.
 */
public final class RankComparison {

    private final FieldAgreement agreement;
    private final double near;
    private final double differs;

    public RankComparison(FieldAgreement agreement, LinkageModel model) {
        this.agreement = agreement;
        near = model.value(RANK, NEAR);
        differs = model.value(RANK, DIFFERS);
    }

    public double weigh(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        if (a.rank() == null || b.rank() == null) {
            return 0;
        }
        if (a.rank() == b.rank()) { // one instance per rank of the table: identity, not a field-by-field record equals
            double weight = agreement.of(Agreeing.RANK, a);
            if (evidence != null) {
                note(evidence, RANK, EXACT, weight, "same rank (" + a.rank().english() + ")");
            }
            return weight;
        }
        boolean oneLevelApart = Math.abs(a.rank().level() - b.rank().level()) <= 1;
        double weight = oneLevelApart ? near : differs;
        if (evidence != null) {
            note(evidence, RANK, oneLevelApart ? NEAR : DIFFERS, weight,
                    "different ranks (" + a.rank().english() + " / " + b.rank().english() + ")");
        }
        return weight;
    }
}
