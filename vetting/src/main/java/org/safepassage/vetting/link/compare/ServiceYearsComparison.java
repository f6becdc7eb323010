package org.safepassage.vetting.link.compare;

import static org.safepassage.vetting.link.Evidence.note;
import static org.safepassage.vetting.link.LinkageModel.Field.SERVICE_YEARS;
import static org.safepassage.vetting.link.compare.Levels.DIFFERS;
import static org.safepassage.vetting.link.compare.Levels.EXACT;
import static org.safepassage.vetting.link.compare.Levels.ONE_SLIP;

import java.util.List;
import org.safepassage.vetting.link.Evidence;
import org.safepassage.vetting.link.LinkageModel;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.link.compare.AgreementWeights.Agreeing;

/**
 * Years of service given by both: the same number counts by how many give it; one apart a
 * little (registrations months apart); two apart neither way; three or more apart against.
 */
public final class ServiceYearsComparison {

    private final FieldAgreement agreement;
    private final double oneApart;
    private final double differ;

    public ServiceYearsComparison(FieldAgreement agreement, LinkageModel model) {
        this.agreement = agreement;
        oneApart = model.value(SERVICE_YEARS, ONE_SLIP);
        differ = model.value(SERVICE_YEARS, DIFFERS);
    }

    public double weigh(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        Integer x = a.yearsOfService();
        Integer y = b.yearsOfService();
        if (x == null || y == null) {
            return 0;
        }
        int apart = Math.abs(x - y);
        double weight = weighApart(apart, a);
        if (evidence != null && apart != 2) {
            if (apart == 0) {
                note(evidence, SERVICE_YEARS, EXACT, weight, "same years of service (" + x + ")");
            } else {
                note(evidence, SERVICE_YEARS, apart == 1 ? ONE_SLIP : DIFFERS, weight, "years of service " + x + " / " + y);
            }
        }
        return weight;
    }

    /**
     * What two counts of years of service this many years apart weigh, {@code first} being the
     * first record compared: two apart counts neither way (a year counted differently each time).
     */
    double weighApart(int apart, PersonRecord first) {
        return apart == 0 ? agreement.of(Agreeing.SERVICE_YEARS, first) : apart == 1 ? oneApart : apart == 2 ? 0 : differ;
    }
}
