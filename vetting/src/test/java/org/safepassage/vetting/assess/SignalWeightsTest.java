package org.safepassage.vetting.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.safepassage.vetting.run.WeightsFile;
import org.junit.jupiter.api.io.TempDir;

class SignalWeightsTest {

    @TempDir
    Path dir;

    @Test
    void aFileOverridesTheWeightsItNamesAndKeepsTheRest() throws Exception {
        Path file = Files.writeString(dir.resolve("w.properties"), "template = 0.5\nsuspectRisk=0.7\n");

        SignalWeights weights = WeightsFile.read(file).signals();

        assertThat(weights.weight(Signal.TEMPLATE)).isEqualTo(0.5);
        assertThat(weights.suspectRisk()).isEqualTo(0.7);
        assertThat(weights.weight(Signal.BURST)).isEqualTo(SignalWeights.defaults().weight(Signal.BURST));
    }

    @Test
    void anUnknownKeyOrAWeightOutsideZeroToOneIsRefusedByName() throws Exception {
        Path unknown = Files.writeString(dir.resolve("u.properties"), "templates=0.5\n");
        Path outside = Files.writeString(dir.resolve("o.properties"), "burst=1.5\n");
        Path text = Files.writeString(dir.resolve("t.properties"), "age=high\n");

        assertThatThrownBy(() -> WeightsFile.read(unknown).signals()).hasMessageContaining("unknown weight templates");
        assertThatThrownBy(() -> WeightsFile.read(outside).signals()).hasMessageContaining("burst must be between 0 and 1");
        assertThatThrownBy(() -> WeightsFile.read(text).signals()).hasMessageContaining("age is not a number");
    }
}
