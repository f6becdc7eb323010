package org.safepassage.vetting.link.compare;

import static org.safepassage.vetting.link.LinkageModel.Field.BIRTH_PLACE;
import static org.safepassage.vetting.link.LinkageModel.Field.BIRTH_YEAR;
import static org.safepassage.vetting.link.LinkageModel.Field.BRANCH;
import static org.safepassage.vetting.link.LinkageModel.Field.NARRATIVE;
import static org.safepassage.vetting.link.LinkageModel.Field.ORGANIZATION;
import static org.safepassage.vetting.link.LinkageModel.Field.PAIR;
import static org.safepassage.vetting.link.LinkageModel.Field.POSITION;
import static org.safepassage.vetting.link.LinkageModel.Field.PROVINCE;
import static org.safepassage.vetting.link.LinkageModel.Field.RANK;
import static org.safepassage.vetting.link.LinkageModel.Field.SERVICE_YEARS;
import static org.safepassage.vetting.link.LinkageModel.Field.UNIT;
import static org.safepassage.vetting.link.compare.Levels.EXACT;

import java.util.List;
import org.safepassage.vetting.link.FieldFrequencies;
import org.safepassage.vetting.link.LinkageModel;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.link.RecordShares;
import org.safepassage.vetting.link.compare.AgreementWeights.Agreeing;

/**
 * What agreeing on a field weighs: Fellegi–Sunter's log2(m / u), capped, m the model's and u how
 * common the agreeing value is. For the fields whose u is the first record's share
 * ({@link Agreeing}), worked out once per record when the counts no longer change.
 */
public final class FieldAgreement {

    private final FieldFrequencies frequencies;
    private final RecordShares shares;
    private final double cap;
    private final double yearM;
    private final double placeM;
    private final double organizationM;
    private final double unitM;
    private final double rankM;
    private final double positionM;
    private final double serviceYearsM;
    private final double branchM;
    private final double provinceM;
    private final double narrativeM;
    /** What agreeing on each field weighs for each record, when the counts no longer change; null while they do. */
    private final AgreementWeights agreements;

    /**
     * @param frozenRecords the records of a batch whose counts no longer change, each at the
     *                      position of its index (their agreements are worked out here, once); null
     *                      when records come batch after batch
     */
    public FieldAgreement(FieldFrequencies frequencies, RecordShares shares, LinkageModel model, List<PersonRecord> frozenRecords) {
        this.frequencies = frequencies;
        this.shares = shares;
        cap = model.value(PAIR, "cap");
        yearM = model.value(BIRTH_YEAR, EXACT);
        placeM = model.value(BIRTH_PLACE, EXACT);
        organizationM = model.value(ORGANIZATION, EXACT);
        unitM = model.value(UNIT, EXACT);
        rankM = model.value(RANK, EXACT);
        positionM = model.value(POSITION, EXACT);
        serviceYearsM = model.value(SERVICE_YEARS, EXACT);
        branchM = model.value(BRANCH, EXACT);
        provinceM = model.value(PROVINCE, EXACT);
        narrativeM = model.value(NARRATIVE, EXACT);
        agreements = frozenRecords == null ? null : new AgreementWeights(frozenRecords, this::weighed);
    }

    /** How common each record's values are. */
    public RecordShares shares() {
        return shares;
    }

    /** What agreeing on a value whose agreement has probability {@code m} among matches and {@code u} by chance weighs. */
    public double of(double m, double u) {
        return Math.min(cap, log2(m / u));
    }

    /** What agreeing on the field weighs for record {@code a}: worked out once per record when the counts no longer change. */
    double of(Agreeing field, PersonRecord a) {
        return agreements != null ? agreements.of(field, a) : weighed(field, a);
    }

    private double weighed(Agreeing field, PersonRecord a) {
        return switch (field) {
            case BIRTH_YEAR -> a.birthYear() == null ? 0 : of(yearM, frequencies.year(a.birthYear()));
            case BIRTH_PLACE -> of(placeM, shares.place(a));
            case ORGANIZATION -> of(organizationM, shares.organization(a));
            case UNIT -> of(unitM, shares.unit(a));
            case RANK -> of(rankM, shares.rank(a));
            case POSITION -> of(positionM, shares.position(a));
            case SERVICE_YEARS -> of(serviceYearsM, shares.serviceYears(a));
            case BRANCH -> of(branchM, shares.branch(a));
            case PROVINCE -> of(provinceM, shares.province(a));
            case NARRATIVE -> of(narrativeM, shares.words(a));
        };
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
