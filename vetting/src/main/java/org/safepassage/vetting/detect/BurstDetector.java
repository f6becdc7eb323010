package org.safepassage.vetting.detect;

import java.util.List;
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
        Finding[] bursts = detection.bursts().findings();
        for (int i = 0; i < bursts.length; i++) {
            if (bursts[i] != null) {
                detection.add(i, bursts[i]);
            }
        }
    }

    /** What each registration says for burst detection: its day, organisation and unit. */
    static Bursts.Arrival[] arrivals(List<Subject> subjects) {
        return subjects.stream().map(subject -> new Bursts.Arrival(subject.day(), subject.record().organization(),
                subject.record().unitKey())).toArray(Bursts.Arrival[]::new);
    }
}
