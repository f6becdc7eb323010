package org.safepassage.vetting.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.vetting.generate.Generator;

class FrozenSharesTest {

    @Test
    void aBatchsFrozenSharesAreTheSharesLookedUpAndLinkingWeighsEveryPairAlike(@TempDir Path dir) throws IOException {
        List<PersonRecord> records = RecordsOfBothCorpora.of(3, 1500, 5, 800, dir);
        FieldFrequencies frequencies = new FieldFrequencies();
        frequencies.addAll(records);
        FrozenShares frozen = new FrozenShares(frequencies, records);

        for (PersonRecord record : records) {
            assertThat(frozen.given(record)).isEqualTo(frequencies.given(record));
            assertThat(frozen.family(record)).isEqualTo(frequencies.family(record));
            assertThat(frozen.father(record)).isEqualTo(frequencies.father(record));
            assertThat(frozen.givenAsEither(record)).isEqualTo(frequencies.givenAsEither(record));
            assertThat(frozen.familyAsEither(record)).isEqualTo(frequencies.familyAsEither(record));
            assertThat(frozen.organization(record)).isEqualTo(frequencies.organization(record));
            assertThat(frozen.place(record)).isEqualTo(frequencies.place(record));
            assertThat(frozen.unit(record)).isEqualTo(frequencies.unit(record));
            assertThat(frozen.rank(record)).isEqualTo(frequencies.rank(record));
        }
        PairComparator live = new PairComparator(frequencies, LinkageModel.defaults());
        PairComparator batch = new PairComparator(frequencies, frozen, LinkageModel.defaults());
        int compared = 0;
        for (int i = 0; i + 1 < records.size(); i += 7) {
            for (int j = i + 1; j < Math.min(records.size(), i + 40); j++) {
                assertThat(batch.compare(records.get(i), records.get(j))).isEqualTo(live.compare(records.get(i), records.get(j)));
                assertThat(batch.reasons(records.get(i), records.get(j))).isEqualTo(live.reasons(records.get(i), records.get(j)));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(10_000);
    }

    @Test
    void aRecordOutOfPlaceIsRefusedRatherThanReadForAnother() {
        List<PersonRecord> records = new ArrayList<>();
        new Generator(3).generate(20).forEach(g -> records.add(PersonRecord.of(records.size() + 1, g.registration())));
        FieldFrequencies frequencies = new FieldFrequencies();
        frequencies.addAll(records);

        assertThatThrownBy(() -> new FrozenShares(frequencies, records)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("record r-0000000 has index 1 at position 0");
    }
}
