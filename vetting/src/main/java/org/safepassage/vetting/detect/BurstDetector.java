package org.safepassage.vetting.detect;

import org.safepassage.vetting.assess.Finding;
import org.safepassage.vetting.assess.Signal;
import org.safepassage.vetting.campaign.Bursts;

/** Days on which one organisation or unit sent far more than its share of the day ({@link Bursts}). */
final class BurstDetector implements Detector {

    @Override
    public Signal signal() {
        return Signal.BURST;
    }

    @Override
    public void detect(Detection detection) {
        Finding[] bursts = detection.bursts().findings();
        for (int i = 0; i < bursts.length; i++) {
            if (bursts[i] != null) {
                detection.add(i, bursts[i]);
            }
        }
    }
}
