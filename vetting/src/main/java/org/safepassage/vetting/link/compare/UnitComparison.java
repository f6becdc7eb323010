package org.safepassage.vetting.link.compare;

import static org.safepassage.vetting.link.Evidence.note;
import static org.safepassage.vetting.link.LinkageModel.Field.UNIT;
import static org.safepassage.vetting.link.compare.Levels.DIFFERS;
import static org.safepassage.vetting.link.compare.Levels.EXACT;

import java.util.List;
import java.util.Objects;
import org.safepassage.vetting.link.Evidence;
import org.safepassage.vetting.link.LinkageModel;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.link.compare.AgreementWeights.Agreeing;

/**
 * Units within the same organisation: the same one counts by how many records name it; two
 * different unit numbers count against (a unit written as text alone may be worded otherwise,
 * so different texts count neither way).
 */
public final class UnitComparison {

    private final FieldAgreement agreement;
    private final double differs;

    public UnitComparison(FieldAgreement agreement, LinkageModel model) {
        this.agreement = agreement;
        differs = model.value(UNIT, DIFFERS);
    }

    public double weigh(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        String x = a.unitKey();
        String y = b.unitKey();
        if (x == null || y == null || !Objects.equals(a.organization(), b.organization())) {
            return 0;
        }
        if (x.equals(y)) {
            double weight = agreement.of(Agreeing.UNIT, a);
            if (evidence != null) {
                note(evidence, UNIT, EXACT, weight, a.unitNumber().isEmpty() || a.unit().equals(b.unit()) ? "same unit"
                        : "same unit number (" + a.unitNumber() + ")");
            }
            return weight;
        }
        if (!a.unitNumber().isEmpty() && !b.unitNumber().isEmpty()) {
            if (evidence != null) {
                note(evidence, UNIT, DIFFERS, differs, "different unit numbers (" + a.unitNumber() + " / " + b.unitNumber() + ")");
            }
            return differs;
        }
        return 0;
    }
}
