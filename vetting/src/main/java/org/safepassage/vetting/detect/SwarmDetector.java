package org.safepassage.vetting.detect;

import java.util.List;
import org.safepassage.vetting.assess.Signal;
import org.safepassage.vetting.campaign.Hours;
import org.safepassage.vetting.campaign.Swarms;
import org.safepassage.vetting.run.Subject;

/**
 * Far more nearly empty registrations in a few hours than the rest of what arrives leads to expect
 * ({@link Swarms}); those that give nothing but a national ID with a valid check digit are counted
 * as a kind of their own: the check digit is public arithmetic, and a swarm that computes it is still
 * a swarm, while honest first contacts that give their ID keep their own usual share.
 */
final class SwarmDetector implements Detector {

    @Override
    public Signal signal() {
        return Signal.SWARM;
    }

    @Override
    public void detect(Detection detection) {
        long[] hours = new long[detection.size()];
        boolean[] nearlyEmpty = new boolean[detection.size()];
        boolean[] onlyAnId = new boolean[detection.size()];
        for (int i = 0; i < hours.length; i++) {
            Subject subject = detection.subjects().get(i);
            hours[i] = Hours.of(subject.hour());
            nearlyEmpty[i] = subject.nearlyEmpty();
            onlyAnId[i] = subject.nearlyEmptyButForANationalId();
        }
        for (Swarms.Swarm swarm : Swarms.find(hours, List.of(nearlyEmpty, onlyAnId))) {
            for (int m : swarm.members()) {
                detection.add(m, swarm.finding());
            }
            detection.part("swarm", swarm.members());
        }
    }
}
