package org.safepassage.vetting.link;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The shares of every record's values, worked out once for a batch whose counts no longer change:
 * a comparison reads them from arrays by record index instead of hashing names into maps, which
 * over a hundred million comparisons is most of what a lookup costs.
 */
public final class FrozenShares implements RecordShares {

    private final double[] given;
    private final double[] family;
    private final double[] father;
    private final double[] givenAsEither;
    private final double[] familyAsEither;
    private final double[] organization;
    private final double[] place;
    private final double[] unit;
    private final double[] rank;

    /** @param records every record counted in {@code frequencies}, each at the position of its index */
    public FrozenShares(FieldFrequencies frequencies, List<PersonRecord> records) {
        int n = records.size();
        for (int i = 0; i < n; i++) {
            if (records.get(i).index() != i) {
                throw new IllegalArgumentException("record " + records.get(i).id() + " has index " + records.get(i).index()
                        + " at position " + i);
            }
        }
        given = new double[n];
        family = new double[n];
        father = new double[n];
        givenAsEither = new double[n];
        familyAsEither = new double[n];
        organization = new double[n];
        place = new double[n];
        unit = new double[n];
        rank = new double[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            PersonRecord record = records.get(i);
            given[i] = frequencies.given(record);
            family[i] = frequencies.family(record);
            father[i] = frequencies.father(record);
            givenAsEither[i] = frequencies.givenAsEither(record);
            familyAsEither[i] = frequencies.familyAsEither(record);
            organization[i] = frequencies.organization(record);
            place[i] = frequencies.place(record);
            unit[i] = frequencies.unit(record);
            rank[i] = frequencies.rank(record);
        });
    }

    @Override
    public double given(PersonRecord record) {
        return given[record.index()];
    }

    @Override
    public double family(PersonRecord record) {
        return family[record.index()];
    }

    @Override
    public double father(PersonRecord record) {
        return father[record.index()];
    }

    @Override
    public double givenAsEither(PersonRecord record) {
        return givenAsEither[record.index()];
    }

    @Override
    public double familyAsEither(PersonRecord record) {
        return familyAsEither[record.index()];
    }

    @Override
    public double organization(PersonRecord record) {
        return organization[record.index()];
    }

    @Override
    public double place(PersonRecord record) {
        return place[record.index()];
    }

    @Override
    public double unit(PersonRecord record) {
        return unit[record.index()];
    }

    @Override
    public double rank(PersonRecord record) {
        return rank[record.index()];
    }
}
