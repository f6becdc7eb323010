package org.safepassage.vetting.link.compare;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import java.util.stream.IntStream;
import org.safepassage.vetting.link.PersonRecord;

/**
 * What agreeing on each of a record's values weighs (Fellegi–Sunter's log2(m / u), capped, u the
 * share of the first record's value), worked out once for every record of a batch whose counts no
 * longer change ({@link org.safepassage.vetting.link.FrozenShares}). A hundred million
 * candidate pairs then read a weight where each field they agreed on took a logarithm; worked out
 * by the same arithmetic, the weights are the same to the last bit.
 */
final class AgreementWeights {

    /** The fields whose agreement weighs by how common the first record's value is. */
    enum Agreeing {
        BIRTH_YEAR, BIRTH_PLACE, ORGANIZATION, UNIT, RANK, POSITION, SERVICE_YEARS, BRANCH, PROVINCE, NARRATIVE
    }

    private static final Agreeing[] FIELDS = Agreeing.values();

    /** By record index, then by field: what one record's agreements weigh lies side by side. */
    private final double[] weights;

    /**
     * @param records every record of the batch, each at the position of its index
     * @param weigh   what agreeing on a field weighs for a record, worked out once here for each
     */
    AgreementWeights(List<PersonRecord> records, ToDoubleBiFunction<Agreeing, PersonRecord> weigh) {
        weights = new double[records.size() * FIELDS.length];
        IntStream.range(0, records.size()).parallel().forEach(i -> {
            for (Agreeing field : FIELDS) {
                weights[i * FIELDS.length + field.ordinal()] = weigh.applyAsDouble(field, records.get(i));
            }
        });
    }

    double of(Agreeing field, PersonRecord record) {
        return weights[record.index() * FIELDS.length + field.ordinal()];
    }
}
