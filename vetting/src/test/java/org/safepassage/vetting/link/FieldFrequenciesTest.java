package org.safepassage.vetting.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.vetting.generate.Generator;

class FieldFrequenciesTest {

    @TempDir
    Path dir;

    /**
     * Counted in parts on several cores and added together, every count (every field, including
     * any added later) is what counting the records one by one gives.
     */
    @Test
    void countsMadeInPartsAndAddedTogetherAreTheCountsMadeOneByOne() throws IOException {
        List<PersonRecord> records = RecordsOfBothCorpora.of(4, 1500, 6, 1000, dir);
        FieldFrequencies oneByOne = new FieldFrequencies();
        records.forEach(oneByOne::add);

        for (int parts : new int[] {1, 2, 3, 7}) {
            FieldFrequencies inParts = new FieldFrequencies();
            inParts.addAll(records, parts);
            assertThat(inParts).as("in %d parts", parts).usingRecursiveComparison().isEqualTo(oneByOne);
        }
        FieldFrequencies asVettingDoes = new FieldFrequencies();
        asVettingDoes.addAll(records);
        assertThat(asVettingDoes).usingRecursiveComparison().isEqualTo(oneByOne);
        assertThat(oneByOne.given(records.get(0).given().skeleton())).isGreaterThan(1.0 / records.size());
    }

    @Test
    void countsAddedToCountsAlreadyMadeAddUp() {
        List<PersonRecord> records = new ArrayList<>();
        new Generator(9).generate(300).forEach(g -> records.add(PersonRecord.of(records.size(), g.registration())));
        FieldFrequencies oneByOne = new FieldFrequencies();
        records.forEach(oneByOne::add);
        records.forEach(oneByOne::add);

        FieldFrequencies twice = new FieldFrequencies();
        twice.addAll(records, 2);
        twice.addAll(records, 3);

        assertThat(twice).usingRecursiveComparison().isEqualTo(oneByOne);
    }
}
