package org.safepassage.vetting.detect;

import org.safepassage.vetting.assess.Finding;
import org.safepassage.vetting.assess.Signal;
import org.safepassage.vetting.campaign.Bursts;
import org.safepassage.vetting.run.Subject;

/** Days on which one organisation or unit sent far more than its share of the day ({@link Bursts}). */
final class BurstDetector implements Detector {

    @Override
    public Signal signal() {
        return Signal.BURST;
    }

    @Override
    public void detect(Detection detection) {
        Bursts.Arrival[] arrivals = new Bursts.Arrival[detection.size()];
        for (int i = 0; i < arrivals.length; i++) {
            Subject subject = detection.subjects().get(i);
            arrivals[i] = new Bursts.Arrival(subject.day(), subject.record().organization(), subject.record().unitKey());
        }
        Finding[] bursts = Bursts.find(arrivals);
        for (int i = 0; i < bursts.length; i++) {
            if (bursts[i] != null) {
                detection.add(i, bursts[i]);
            }
        }
    }
}
