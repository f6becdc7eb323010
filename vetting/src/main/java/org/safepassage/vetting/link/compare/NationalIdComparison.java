package org.safepassage.vetting.link.compare;

import static org.safepassage.vetting.link.Evidence.note;
import static org.safepassage.vetting.link.LinkageModel.Field.NATIONAL_ID;
import static org.safepassage.vetting.link.compare.Levels.CONFLICT;
import static org.safepassage.vetting.link.compare.Levels.DIFFERS;
import static org.safepassage.vetting.link.compare.Levels.EXACT;
import static org.safepassage.vetting.link.compare.Levels.ONE_SLIP;

import java.util.List;
import org.safepassage.vetting.link.Evidence;
import org.safepassage.vetting.link.LinkageModel;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.names.Edits;

/**
 * National IDs given by both: the same valid ID is near proof; two valid IDs conflict; when one
 * has a wrong check digit, one slip apart is a typo and otherwise they differ.
 */
public final class NationalIdComparison {

    private final double same;
    private final double slip;
    private final double differs;
    private final double conflict;

    public NationalIdComparison(LinkageModel model) {
        same = model.value(NATIONAL_ID, EXACT);
        slip = model.value(NATIONAL_ID, ONE_SLIP);
        differs = model.value(NATIONAL_ID, DIFFERS);
        conflict = model.value(NATIONAL_ID, CONFLICT);
    }

    public double weigh(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        if (a.nationalId() == null || b.nationalId() == null) {
            return 0;
        }
        if (a.nationalId().equals(b.nationalId())) {
            if (a.nationalIdValid()) {
                note(evidence, NATIONAL_ID, EXACT, same, "same national ID (check digit valid)");
                return same;
            }
            note(evidence, NATIONAL_ID, ONE_SLIP, slip, "same national ID, but its check digit is wrong");
            return slip;
        }
        if (a.nationalIdValid() && b.nationalIdValid()) {
            note(evidence, NATIONAL_ID, CONFLICT, conflict, "conflicting national IDs (both with valid check digits)");
            return conflict;
        }
        if (Edits.oneSlipApart(a.nationalId(), b.nationalId())) {
            note(evidence, NATIONAL_ID, ONE_SLIP, slip, "national IDs one slip apart (one has a wrong check digit)");
            return slip;
        }
        note(evidence, NATIONAL_ID, DIFFERS, differs, "different national IDs (one has a wrong check digit)");
        return differs;
    }
}
