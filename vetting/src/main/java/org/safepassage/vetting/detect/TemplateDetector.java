package org.safepassage.vetting.detect;

import java.util.Arrays;
import java.util.List;
import org.safepassage.vetting.assess.Finding;
import org.safepassage.vetting.assess.Signal;
import org.safepassage.vetting.campaign.ArrivalRhythm;
import org.safepassage.vetting.campaign.NearDuplicateTexts;
import org.safepassage.vetting.campaign.RetypedCopies;
import org.safepassage.vetting.run.Subject;

/**
 * Near-duplicate texts by several different people ({@link NearDuplicateTexts}): a template. A
 * template pushed at the intake raises its members' risk, and one spanning at least
 * {@link #CAMPAIGN_PEOPLE} people is a campaign part. Like texts that arrive at the intake's usual
 * rhythm ({@link ArrivalRhythm}) are what many honest people write in common words: they raise
 * risk only a little, as a campaign sent slowly would look the same, and are no campaign. A
 * campaign takes the copies of its text typed again by hand in its own hours ({@link RetypedCopies}).
 */
final class TemplateDetector implements Detector {

    /** A shared text is a template when it spans at least this many different people. */
    static final int TEMPLATE_PEOPLE = 3;
    /**
     * A template is a campaign of its own when it spans at least this many people: smaller groups
     * of like texts raise their members' risk a little, but honest people also write alike.
     */
    static final int CAMPAIGN_PEOPLE = 10;
    /** The most a template arriving at the usual rhythm counts (of the signal's weight). */
    static final double USUAL_RHYTHM_STRENGTH = 0.2;

    @Override
    public Signal signal() {
        return Signal.TEMPLATE;
    }

    /**
     * Groups of near-duplicate texts, each of at least {@link #TEMPLATE_PEOPLE} texts: found from
     * the texts and their arrival alone, so that they can be looked for while linking runs.
     */
    static List<int[]> likeTexts(List<Subject> subjects) {
        return NearDuplicateTexts.group(subjects.stream().map(Subject::sketch).toArray(int[][]::new), hours(subjects),
                TEMPLATE_PEOPLE);
    }

    @Override
    public void detect(Detection detection) {
        Long[] hours = hours(detection.subjects());
        ArrivalRhythm rhythm = new ArrivalRhythm(hours);
        List<NearDuplicateTexts.Group> groups = NearDuplicateTexts.spanning(detection.likeTexts(), detection.linked().clusterOf(),
                TEMPLATE_PEOPLE);
        RetypedCopies retyped = new RetypedCopies(detection.subjects().stream().map(Subject::sketch).toArray(int[][]::new), hours);
        boolean[] grouped = new boolean[hours.length];
        detection.likeTexts().forEach(members -> Arrays.stream(members).forEach(m -> grouped[m] = true));
        for (NearDuplicateTexts.Group group : groups) {
            boolean usual = rhythm.usual(group.members(), hours, groups.size());
            int[] members = group.members();
            int people = group.people();
            if (!usual && people >= CAMPAIGN_PEOPLE) {
                members = retyped.of(members, grouped);
                Arrays.stream(members).forEach(m -> grouped[m] = true);
                people = NearDuplicateTexts.spanning(List.of(members), detection.linked().clusterOf(), 1).get(0).people();
            }
            double strength = Math.min(1, people / 20.0);
            String alike = "narrative nearly the same as registrations of " + (people - 1) + " other people";
            Finding finding = usual
                    ? new Finding(Signal.TEMPLATE, Math.min(USUAL_RHYTHM_STRENGTH, strength),
                            alike + ", which arrived at the intake's usual rhythm (common words, or a campaign sent slowly)")
                    : new Finding(Signal.TEMPLATE, strength, alike + " (a shared template)");
            for (int m : members) {
                detection.add(m, finding);
            }
            if (!usual && people >= CAMPAIGN_PEOPLE) {
                detection.part("template", members);
            }
        }
    }

    private static Long[] hours(List<Subject> subjects) {
        return subjects.stream().map(Subject::hour).toArray(Long[]::new);
    }
}
