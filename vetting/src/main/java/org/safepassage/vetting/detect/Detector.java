package org.safepassage.vetting.detect;

import org.safepassage.vetting.assess.Signal;

/**
 * One signal's detector: it looks at every registration once linking has said who is who, adds a
 * finding (strength and reason in words) to those it concerns, and may name a group of them as a
 * campaign part. Its signal carries its default weight. A new signal is a {@link Signal} constant
 * and one class implementing this, listed in {@link Detectors}.
 */
public interface Detector {

    Signal signal();

    void detect(Detection detection);
}
