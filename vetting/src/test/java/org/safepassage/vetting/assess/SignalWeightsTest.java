package org.safepassage.vetting.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignalWeightsTest {

    @TempDir
    Path dir;

    @Test
    void aFileOverridesTheWeightsItNamesAndKeepsTheRest() throws Exception {
        Path file = Files.writeString(dir.resolve("w.properties"), "template = 0.5\nsuspectRisk=0.7\n");

        SignalWeights weights = SignalWeights.load(file);

        assertThat(weights.weight(Signal.TEMPLATE)).isEqualTo(0.5);
        assertThat(weights.suspectRisk()).isEqualTo(0.7);
        assertThat(weights.weight(Signal.BURST)).isEqualTo(SignalWeights.defaults().weight(Signal.BURST));
    }

    @Test
    void anUnknownKeyOrAWeightOutsideZeroToOneIsRefusedByName() throws Exception {
        Path unknown = Files.writeString(dir.resolve("u.properties"), "templates=0.5\n");
        Path outside = Files.writeString(dir.resolve("o.properties"), "burst=1.5\n");
        Path text = Files.writeString(dir.resolve("t.properties"), "age=high\n");

        assertThatThrownBy(() -> SignalWeights.load(unknown)).hasMessageContaining("unknown weight templates");
        assertThatThrownBy(() -> SignalWeights.load(outside)).hasMessageContaining("burst must be between 0 and 1");
        assertThatThrownBy(() -> SignalWeights.load(text)).hasMessageContaining("age is not a number");
    }
}
