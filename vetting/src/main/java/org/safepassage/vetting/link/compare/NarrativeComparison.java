package org.safepassage.vetting.link.compare;

import static org.safepassage.vetting.link.Evidence.note;
import static org.safepassage.vetting.link.LinkageModel.Field.NARRATIVE;
import static org.safepassage.vetting.link.compare.Levels.EXACT;

import java.util.List;
import org.safepassage.vetting.link.Evidence;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.link.compare.AgreementWeights.Agreeing;

/** The same narrative word for word: counted by how likely another person is to write it; otherwise nothing either way. */
public final class NarrativeComparison {

    private final FieldAgreement agreement;

    public NarrativeComparison(FieldAgreement agreement) {
        this.agreement = agreement;
    }

    public double weigh(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        if (!a.words().same(b.words())) {
            return 0;
        }
        double weight = agreement.of(Agreeing.NARRATIVE, a);
        if (evidence != null) {
            double share = agreement.shares().words(a);
            note(evidence, NARRATIVE, EXACT, weight, "the same narrative, word for word ("
                    + (share < 1e-6 ? "its own words: hardly anyone else would write them" : Rarity.inWords(share, "narratives")) + ")");
        }
        return weight;
    }
}
