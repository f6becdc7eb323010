package org.safepassage.vetting.detect;

import org.safepassage.vetting.assess.Finding;
import org.safepassage.vetting.assess.Signal;
import org.safepassage.vetting.campaign.NearDuplicateTexts;
import org.safepassage.vetting.run.Subject;

/**
 * Near-duplicate texts by several different people ({@link NearDuplicateTexts}): a template. Every
 * template raises its members' risk; one spanning at least {@link #CAMPAIGN_PEOPLE} people is a
 * campaign part.
 */
final class TemplateDetector implements Detector {

    /** A shared text is a template when it spans at least this many different people. */
    static final int TEMPLATE_PEOPLE = 3;
    /**
     * A template is a campaign of its own when it spans at least this many people: smaller groups
     * of like texts raise their members' risk a little, but honest people also write alike.
     */
    static final int CAMPAIGN_PEOPLE = 10;

    @Override
    public Signal signal() {
        return Signal.TEMPLATE;
    }

    @Override
    public void detect(Detection detection) {
        int n = detection.size();
        int[][] sketches = new int[n][];
        Long[] hours = new Long[n];
        for (int i = 0; i < n; i++) {
            Subject subject = detection.subjects().get(i);
            sketches[i] = subject.sketch();
            hours[i] = subject.hour();
        }
        for (NearDuplicateTexts.Group group : NearDuplicateTexts.find(sketches, detection.linked().clusterOf(), TEMPLATE_PEOPLE,
                hours)) {
            Finding finding = new Finding(Signal.TEMPLATE, Math.min(1, group.people() / 20.0),
                    "narrative nearly the same as registrations of " + (group.people() - 1)
                            + " other people (a shared template)");
            for (int m : group.members()) {
                detection.add(m, finding);
            }
            if (group.people() >= CAMPAIGN_PEOPLE) {
                detection.part("template", group.members());
            }
        }
    }
}
