package org.safepassage.vetting.detect;

import org.safepassage.vetting.assess.Finding;
import org.safepassage.vetting.assess.Signal;
import org.safepassage.vetting.campaign.Impersonation;

/** One identity claimed by more people, with conflicting private facts, than chance allows ({@link Impersonation}). */
final class ImpersonationDetector implements Detector {

    @Override
    public Signal signal() {
        return Signal.IMPERSONATION;
    }

    @Override
    public void detect(Detection detection) {
        Finding[] found = new Finding[detection.size()];
        for (Impersonation.Group group : Impersonation.find(detection.records(), detection.linked().clusterOf(),
                detection.frequencies(), found)) {
            detection.part("impersonation", group.members());
        }
        for (int i = 0; i < found.length; i++) {
            if (found[i] != null) {
                detection.add(i, found[i]);
            }
        }
    }
}
