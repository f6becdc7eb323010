package org.safepassage.vetting.link;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import java.util.stream.IntStream;

/**
 * The shares of every record's values, worked out once for a batch whose counts no longer change:
 * a comparison reads them from arrays by record index instead of hashing names into maps, which
 * over a hundred million comparisons is most of what a lookup costs.
 */
public final class FrozenShares implements RecordShares {

    /** Each share a comparison reads, as the lookups work it out. */
    private enum Kind {
        GIVEN(FieldFrequencies::given), FAMILY(FieldFrequencies::family), FATHER(FieldFrequencies::father),
        GIVEN_AS_EITHER(FieldFrequencies::givenAsEither), FAMILY_AS_EITHER(FieldFrequencies::familyAsEither),
        ORGANIZATION(FieldFrequencies::organization), PLACE(FieldFrequencies::place), UNIT(FieldFrequencies::unit),
        RANK(FieldFrequencies::rank), POSITION(FieldFrequencies::position), SERVICE_YEARS(FieldFrequencies::serviceYears),
        BRANCH(FieldFrequencies::branch), PROVINCE(FieldFrequencies::province), WORDS(FieldFrequencies::words);

        private final ToDoubleBiFunction<FieldFrequencies, PersonRecord> lookup;

        Kind(ToDoubleBiFunction<FieldFrequencies, PersonRecord> lookup) {
            this.lookup = lookup;
        }
    }

    private static final Kind[] KINDS = Kind.values();

    /**
     * By record index, then by kind: the shares a comparison reads of one record lie side by side,
     * so that reading them costs one or two cache lines rather than one miss for each kind.
     */
    private final double[] shares;
    private final List<PersonRecord> records;

    /** @param records every record counted in {@code frequencies}, each at the position of its index */
    public FrozenShares(FieldFrequencies frequencies, List<PersonRecord> records) {
        int n = records.size();
        for (int i = 0; i < n; i++) {
            if (records.get(i).index() != i) {
                throw new IllegalArgumentException("record " + records.get(i).id() + " has index " + records.get(i).index()
                        + " at position " + i);
            }
        }
        this.records = records;
        shares = new double[n * KINDS.length];
        IntStream.range(0, n).parallel().forEach(i -> {
            for (Kind kind : KINDS) {
                shares[i * KINDS.length + kind.ordinal()] = kind.lookup.applyAsDouble(frequencies, records.get(i));
            }
        });
    }

    /** The records the shares were worked out for, each at the position of its index. */
    List<PersonRecord> records() {
        return records;
    }

    private double of(Kind kind, PersonRecord record) {
        return shares[record.index() * KINDS.length + kind.ordinal()];
    }

    @Override
    public double given(PersonRecord record) {
        return of(Kind.GIVEN, record);
    }

    @Override
    public double family(PersonRecord record) {
        return of(Kind.FAMILY, record);
    }

    @Override
    public double father(PersonRecord record) {
        return of(Kind.FATHER, record);
    }

    @Override
    public double givenAsEither(PersonRecord record) {
        return of(Kind.GIVEN_AS_EITHER, record);
    }

    @Override
    public double familyAsEither(PersonRecord record) {
        return of(Kind.FAMILY_AS_EITHER, record);
    }

    @Override
    public double organization(PersonRecord record) {
        return of(Kind.ORGANIZATION, record);
    }

    @Override
    public double place(PersonRecord record) {
        return of(Kind.PLACE, record);
    }

    @Override
    public double unit(PersonRecord record) {
        return of(Kind.UNIT, record);
    }

    @Override
    public double rank(PersonRecord record) {
        return of(Kind.RANK, record);
    }

    @Override
    public double position(PersonRecord record) {
        return of(Kind.POSITION, record);
    }

    @Override
    public double serviceYears(PersonRecord record) {
        return of(Kind.SERVICE_YEARS, record);
    }

    @Override
    public double branch(PersonRecord record) {
        return of(Kind.BRANCH, record);
    }

    @Override
    public double province(PersonRecord record) {
        return of(Kind.PROVINCE, record);
    }

    @Override
    public double words(PersonRecord record) {
        return of(Kind.WORDS, record);
    }
}
