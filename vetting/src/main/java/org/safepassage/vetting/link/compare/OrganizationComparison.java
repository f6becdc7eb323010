package org.safepassage.vetting.link.compare;

import static org.safepassage.vetting.link.Evidence.note;
import static org.safepassage.vetting.link.LinkageModel.Field.ORGANIZATION;
import static org.safepassage.vetting.link.compare.Levels.DIFFERS;
import static org.safepassage.vetting.link.compare.Levels.EXACT;

import java.util.List;
import org.safepassage.vetting.link.Evidence;
import org.safepassage.vetting.link.LinkageModel;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.link.compare.AgreementWeights.Agreeing;

/** The organisation: the same one counts by how many serve in it, two different ones against. */
public final class OrganizationComparison {

    private final FieldAgreement agreement;
    private final double differs;

    public OrganizationComparison(FieldAgreement agreement, LinkageModel model) {
        this.agreement = agreement;
        differs = model.value(ORGANIZATION, DIFFERS);
    }

    public double weigh(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        if (a.organization() == null || b.organization() == null) {
            return 0;
        }
        if (a.organization().equals(b.organization())) {
            double weight = agreement.of(Agreeing.ORGANIZATION, a);
            if (evidence != null) {
                note(evidence, ORGANIZATION, EXACT, weight, "same organisation (" + a.organization() + ")");
            }
            return weight;
        }
        if (evidence != null) {
            note(evidence, ORGANIZATION, DIFFERS, differs,
                    "different organisations (" + a.organization() + " / " + b.organization() + ")");
        }
        return differs;
    }
}
