package org.safepassage.vetting.link.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A link's reasons say how common an agreeing value is. They are written without String.format
 * (every link of a million registrations is explained in words), and must read exactly as it
 * would write them.
 */
class RarityInWordsTest {

    @Test
    void howCommonAValueIsReadsAsStringFormatWouldWriteIt() {
        Random random = new Random(5);
        double[] edges = {1.0, 0.999, 0.5, 0.125, 0.105, 0.0150, 0.01, 0.00999, 0.005, 0.001, 1.0 / 1000, 1.0 / 1001,
                1.0 / 999_999, 1.0 / 1_000_000, 1.0 / 12_345_678, 0.0149999, 0.0250000001};
        for (double share : edges) {
            assertThat(Rarity.inWords(share)).as("share %s", share).isEqualTo(formatted(share));
        }
        for (int i = 0; i < 100_000; i++) {
            // shares as counting gives them: a count among a number of records
            int records = 1000 + random.nextInt(2_000_000);
            double share = (1 + random.nextInt(records)) / (double) records;
            assertThat(Rarity.inWords(share)).as("share %s", share).isEqualTo(formatted(share));
        }
        assertThat(Rarity.inWords(1.0 / 12_500)).isEqualTo("rare: about 1 in 12,500");
        assertThat(Rarity.inWords(0.03)).isEqualTo("common: 3% of records");
    }

    private static String formatted(double share) {
        return share >= 0.01 ? String.format(Locale.ROOT, "common: %.0f%% of records", share * 100)
                : "rare: about 1 in " + String.format(Locale.ROOT, "%,d", Math.round(1 / share));
    }
}
