package org.safepassage.vetting.detect;

import org.safepassage.vetting.assess.Signal;
import org.safepassage.vetting.campaign.Swarms;

/** Far more nearly empty registrations in a few hours than the rest of what arrives leads to expect ({@link Swarms}). */
final class SwarmDetector implements Detector {

    @Override
    public Signal signal() {
        return Signal.SWARM;
    }

    @Override
    public void detect(Detection detection) {
        Long[] hours = new Long[detection.size()];
        boolean[] nearlyEmpty = new boolean[detection.size()];
        for (int i = 0; i < hours.length; i++) {
            hours[i] = detection.subjects().get(i).hour();
            nearlyEmpty[i] = detection.subjects().get(i).nearlyEmpty();
        }
        for (Swarms.Swarm swarm : Swarms.find(hours, nearlyEmpty)) {
            for (int m : swarm.members()) {
                detection.add(m, swarm.finding());
            }
            detection.part("swarm", swarm.members());
        }
    }
}
