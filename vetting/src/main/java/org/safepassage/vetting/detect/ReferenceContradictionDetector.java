package org.safepassage.vetting.detect;

import java.util.Locale;
import org.safepassage.vetting.assess.Finding;
import org.safepassage.vetting.assess.Signal;
import org.safepassage.vetting.screen.Screener;

/** The name of a reference list entry matched closely, with a birth year far from it. */
final class ReferenceContradictionDetector implements Detector {

    /** A reference match this strong with a birth year this far off contradicts the entry. */
    private static final double CONTRADICTION_SCORE = 0.9;
    private static final int CONTRADICTION_YEARS = 3;

    @Override
    public Signal signal() {
        return Signal.REFERENCE_CONTRADICTION;
    }

    @Override
    public void detect(Detection detection) {
        for (int i = 0; i < detection.size(); i++) {
            for (Screener.Match hit : detection.hits().get(i)) {
                if (hit.score() >= CONTRADICTION_SCORE && hit.birthYearsApart() != null
                        && hit.birthYearsApart() > CONTRADICTION_YEARS) {
                    detection.add(i, new Finding(Signal.REFERENCE_CONTRADICTION, 0.5, String.format(Locale.ROOT,
                            "the name of reference entity %s (score %.2f), but born %d years apart from it", hit.entity(),
                            hit.score(), hit.birthYearsApart())));
                    break;
                }
            }
        }
    }
}
