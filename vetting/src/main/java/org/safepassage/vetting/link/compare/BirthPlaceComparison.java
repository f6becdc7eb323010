package org.safepassage.vetting.link.compare;

import static org.safepassage.vetting.link.Evidence.note;
import static org.safepassage.vetting.link.LinkageModel.Field.BIRTH_PLACE;
import static org.safepassage.vetting.link.compare.Levels.DIFFERS;
import static org.safepassage.vetting.link.compare.Levels.EXACT;
import static org.safepassage.vetting.link.compare.Levels.ONE_SLIP;
import static org.safepassage.vetting.link.compare.Levels.WITHIN;

import java.util.Collections;
import java.util.List;
import org.safepassage.vetting.link.Evidence;
import org.safepassage.vetting.link.LinkageModel;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.link.compare.AgreementWeights.Agreeing;
import org.safepassage.vetting.names.Edits;
import org.safepassage.vetting.names.Provinces;

/**
 * Birth places given by both, read through the gazetteer: the same city in any of its names, or
 * the same place as written, counts by how many were born there; a spelling slip neither proves
 * nor refutes; a province against a place that may lie in it counts neither way; two places
 * count against.
 */
public final class BirthPlaceComparison {

    private final FieldAgreement agreement;
    private final double slip;
    private final double within;
    private final double differs;

    public BirthPlaceComparison(FieldAgreement agreement, LinkageModel model) {
        this.agreement = agreement;
        slip = model.value(BIRTH_PLACE, ONE_SLIP);
        within = model.value(BIRTH_PLACE, WITHIN);
        differs = model.value(BIRTH_PLACE, DIFFERS);
    }

    public double weigh(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        if (a.birthPlace().isEmpty() || b.birthPlace().isEmpty()) {
            return 0;
        }
        if (a.place() != null && b.place() != null) {
            // both cities of the gazetteer: the same city in any of its names, or two cities
            if (a.place().equals(b.place())) {
                double weight = agreement.of(Agreeing.BIRTH_PLACE, a);
                note(evidence, BIRTH_PLACE, EXACT, weight, "same birth place");
                return weight;
            }
            note(evidence, BIRTH_PLACE, DIFFERS, differs, "different birth places");
            return differs;
        }
        if (a.birthProvince() != null || b.birthProvince() != null) {
            return province(a, b, evidence);
        }
        String x = a.birthPlace().skeleton();
        String y = b.birthPlace().skeleton();
        if (x.equals(y)) { // neither is a city of the gazetteer (one that is would be both)
            double weight = agreement.of(Agreeing.BIRTH_PLACE, a);
            note(evidence, BIRTH_PLACE, EXACT, weight, "same birth place");
            return weight;
        }
        if (Math.min(x.length(), y.length()) >= 3 && Edits.oneSlipApart(x, y)
                || a.place() != null && b.placesOneSlipAway().contains(a.place())
                || b.place() != null && a.placesOneSlipAway().contains(b.place())
                || !Collections.disjoint(a.placesOneSlipAway(), b.placesOneSlipAway())) {
            // Mashad / Mashhad, Tehrsn / Tehran, سلوه / Saveh (a slip from ساوه, another name of the city),
            // قوین / قزوبن (each a slip from قزوین): a spelling slip is not another place, nor proof of the same one
            note(evidence, BIRTH_PLACE, ONE_SLIP, slip, "birth places one letter apart");
            return slip;
        }
        note(evidence, BIRTH_PLACE, DIFFERS, differs, "different birth places");
        return differs;
    }

    /**
     * A birth place written as a province (Khuzestan, گیلان) against another birth place: the same
     * province counts as the same place does; a city in it, or a place the gazetteer does not know
     * (a village may lie in it), neither way; a city of another province, or another province, against.
     */
    private double province(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        String x = a.birthProvince() != null ? a.birthProvince() : Provinces.ofCity(a.place());
        String y = b.birthProvince() != null ? b.birthProvince() : Provinces.ofCity(b.place());
        if (a.birthProvince() != null && b.birthProvince() != null && x.equals(y)) {
            double weight = agreement.of(Agreeing.BIRTH_PLACE, a);
            note(evidence, BIRTH_PLACE, EXACT, weight, "same province of birth");
            return weight;
        }
        if (x == null || y == null || x.equals(y)) {
            note(evidence, BIRTH_PLACE, WITHIN, within, "one birth place is a province, the other a place that may lie in it");
            return within;
        }
        note(evidence, BIRTH_PLACE, DIFFERS, differs, "different birth places");
        return differs;
    }
}
