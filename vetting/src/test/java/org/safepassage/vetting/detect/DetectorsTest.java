package org.safepassage.vetting.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safepassage.vetting.assess.Signal;
import org.safepassage.vetting.assess.SignalWeights;
import org.safepassage.vetting.consistency.ConsistencyChecks;

class DetectorsTest {

    @Test
    void everySignalIsFoundByExactlyOneDetectorOrCheckAndWeighsItsDefault() {
        Set<Signal> found = EnumSet.noneOf(Signal.class);
        for (Signal signal : Detectors.signals()) {
            assertThat(found.add(signal)).as("two detectors for " + signal).isTrue();
        }
        for (Signal signal : ConsistencyChecks.SIGNALS) {
            assertThat(found.add(signal)).as(signal + " both a detector and a consistency check").isTrue();
        }

        assertThat(found).containsExactlyInAnyOrder(Signal.values());
        for (Signal signal : Signal.values()) {
            assertThat(SignalWeights.defaults().weight(signal)).isEqualTo(signal.defaultWeight()).isBetween(0.0, 1.0);
        }
    }
}
