package org.safepassage.vetting.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.safepassage.vetting.assess.Finding;
import org.safepassage.vetting.assess.Signal;
import org.safepassage.vetting.campaign.ArrivalRhythm;
import org.safepassage.vetting.campaign.Bursts;
import org.safepassage.vetting.campaign.NearDuplicateTexts;
import org.safepassage.vetting.campaign.RetypedCopies;
import org.safepassage.vetting.campaign.TextFingerprint;
import org.safepassage.vetting.campaign.TrimmedCopies;
import org.safepassage.vetting.run.Subject;

/**
 * Near-duplicate texts by several different people ({@link NearDuplicateTexts}): a template. A
 * template pushed at the intake raises its members' risk, and one spanning at least
 * {@link #CAMPAIGN_PEOPLE} people is a campaign part. Like texts that arrive at the intake's usual
 * rhythm ({@link ArrivalRhythm}) are what many honest people write in common words: they raise
 * risk only a little, as a campaign sent slowly would look the same, and are no campaign. A
 * campaign takes the copies of its text typed again by hand in its own hours ({@link RetypedCopies}).
 * A flood reworded in every copy, too far for any two to start a group, is found on the days it
 * makes its service burst ({@link #SHARE_OF_A_BURST}).
 */
final class TemplateDetector implements Detector {

    /** A shared text is a template when it spans at least this many different people. */
    static final int TEMPLATE_PEOPLE = 3;
    /**
     * A template is a campaign of its own when it spans at least this many people: smaller groups
     * of like texts raise their members' risk a little, but honest people also write alike.
     */
    static final int CAMPAIGN_PEOPLE = 10;
    /**
     * The least share of a burst's texts that like texts must be to be a flood reworded: such a
     * flood is what makes its burst (a third to nine tenths of the burst's texts for the independent
     * corpus's floods with one word in seven replaced, seeds 11 to 13), where the like texts a surge
     * of a large organisation holds by chance are a few in a hundred (at most 4.3 % at a million).
     */
    static final double SHARE_OF_A_BURST = 0.2;
    /** How many of a burst's texts each of its texts is compared with, to find the one like most others. */
    static final int SAMPLED = 128;
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
        int[][] sketches = subjects.stream().map(Subject::sketch).toArray(int[][]::new);
        Long[] hours = hours(subjects);
        // brief texts are grouped apart from longer ones: a sentence in common never draws a longer text into a group
        List<int[]> groups = new ArrayList<>();
        for (boolean brief : new boolean[] {false, true}) {
            int[][] these = IntStream.range(0, sketches.length)
                    .mapToObj(i -> subjects.get(i).briefText() == brief ? sketches[i] : null).toArray(int[][]::new);
            groups.addAll(NearDuplicateTexts.group(these, hours, TEMPLATE_PEOPLE));
        }
        return TrimmedCopies.joined(groups, sketches, hours);
    }

    @Override
    public void detect(Detection detection) {
        Long[] hours = hours(detection.subjects());
        ArrivalRhythm rhythm = new ArrivalRhythm(hours);
        List<NearDuplicateTexts.Group> groups = NearDuplicateTexts.spanning(detection.likeTexts(), detection.linked().clusterOf(),
                TEMPLATE_PEOPLE);
        RetypedCopies retyped = new RetypedCopies(detection.subjects().stream().map(Subject::sketch).toArray(int[][]::new), hours);
        // A flood's copies trimmed or reworded in different places may fall into several groups of
        // like texts: the first flood found takes every text sent in its hours that is like it,
        // those of other groups too, and a group it took from joins its campaign. Only a text
        // already in another flood stays there: two floods sent in the same hours stay two.
        boolean[] inFlood = new boolean[hours.length];
        boolean[] found = new boolean[hours.length];
        for (NearDuplicateTexts.Group group : groups) {
            boolean usual = rhythm.usual(group.members(), hours, groups.size());
            if (usual && brief(group.members(), detection.subjects())) {
                continue; // a sentence or two that many people write at the usual rhythm: common words, no sign
            }
            int[] members = group.members();
            int people = group.people();
            boolean flood = !usual && people >= CAMPAIGN_PEOPLE;
            if (flood) {
                members = retyped.of(members, inFlood);
                Arrays.stream(members).forEach(m -> inFlood[m] = true);
                people = people(members, detection);
            }
            double strength = Math.min(1, people / 20.0);
            String alike = "narrative nearly the same as registrations of " + (people - 1) + " other people";
            Finding finding = usual
                    ? new Finding(Signal.TEMPLATE, Math.min(USUAL_RHYTHM_STRENGTH, strength),
                            alike + ", which arrived at the intake's usual rhythm (common words, or a campaign sent slowly)")
                    : new Finding(Signal.TEMPLATE, strength, alike + " (a shared template)");
            addToThoseWithout(finding, members, found, detection);
            if (flood) {
                detection.part("template", members);
            }
        }
        rewordedFloods(detection, retyped, inFlood, found);
    }

    /**
     * A flood whose copies are each reworded further (one word in seven or more replaced) shares
     * too little between any two copies to start a group of like texts. On a day its organisation
     * or unit sends far more than its share ({@link Bursts}), its copies are still like each
     * other ({@link RetypedCopies#ALIKE}) where that day's honest texts are not: the text like
     * most others of the burst starts a flood of those like it, which then takes the copies like
     * them sent within {@link NearDuplicateTexts#FLOOD_HOURS} of that day.
     */
    private static void rewordedFloods(Detection detection, RetypedCopies retyped, boolean[] inFlood, boolean[] found) {
        List<Subject> subjects = detection.subjects();
        for (int[] burst : detection.bursts().members()) {
            int[] texts = IntStream.of(burst).filter(i -> !inFlood[i] && subjects.get(i).sketch() != null && !subjects.get(i).briefText())
                    .toArray();
            if (texts.length < CAMPAIGN_PEOPLE) {
                continue;
            }
            int[] seed = likeMostOthers(texts, subjects);
            if (seed.length < CAMPAIGN_PEOPLE || seed.length < SHARE_OF_A_BURST * texts.length
                    || NearDuplicateTexts.spanning(List.of(seed), detection.linked().clusterOf(), CAMPAIGN_PEOPLE).isEmpty()) {
                continue;
            }
            int[] members = retyped.of(seed, inFlood, NearDuplicateTexts.FLOOD_HOURS);
            Arrays.stream(members).forEach(m -> inFlood[m] = true);
            int people = people(members, detection);
            Finding finding = new Finding(Signal.TEMPLATE, Math.min(1, people / 20.0), "narrative much like registrations of "
                    + (people - 1) + " other people sent on a day their service sent far more than its share (a template reworded)");
            addToThoseWithout(finding, members, found, detection);
            detection.part("template", members);
        }
    }

    /**
     * The text like the most of {@link #SAMPLED} of the burst's texts, evenly spread, and every
     * text like it ({@link RetypedCopies#ALIKE}), in order: a burst of a large organisation holds
     * thousands of texts, and a flood that is a fifth of them is a fifth of the sample too.
     */
    private static int[] likeMostOthers(int[] texts, List<Subject> subjects) {
        int[][] sketches = IntStream.of(texts).mapToObj(t -> subjects.get(t).sketch()).toArray(int[][]::new);
        int sampled = Math.min(SAMPLED, texts.length);
        int[] sample = IntStream.range(0, sampled).map(k -> (int) ((long) k * texts.length / sampled)).toArray();
        int center = 0;
        int mostLike = -1;
        for (int i = 0; i < texts.length; i++) {
            int like = 0;
            for (int k : sample) {
                if (k != i && TextFingerprint.similarity(sketches[i], sketches[k]) >= RetypedCopies.ALIKE) {
                    like++;
                }
            }
            if (like > mostLike) {
                center = i;
                mostLike = like;
            }
        }
        int[] centerSketch = sketches[center];
        return IntStream.range(0, texts.length)
                .filter(i -> TextFingerprint.similarity(centerSketch, sketches[i]) >= RetypedCopies.ALIKE)
                .map(i -> texts[i]).toArray();
    }

    /** How many different people (clusters) wrote the texts. */
    private static int people(int[] members, Detection detection) {
        return NearDuplicateTexts.spanning(List.of(members), detection.linked().clusterOf(), 1).get(0).people();
    }

    /** The finding for each member that has none of this signal yet: a text a flood took has its finding from the flood. */
    private static void addToThoseWithout(Finding finding, int[] members, boolean[] found, Detection detection) {
        for (int m : members) {
            if (!found[m]) {
                detection.add(m, finding);
                found[m] = true;
            }
        }
    }

    /** Whether most of the group's texts are a sentence or two ({@link org.safepassage.vetting.campaign.TextFingerprint#BRIEF_LENGTH}). */
    private static boolean brief(int[] members, List<Subject> subjects) {
        return Arrays.stream(members).filter(m -> subjects.get(m).briefText()).count() * 2 > members.length;
    }

    private static Long[] hours(List<Subject> subjects) {
        return subjects.stream().map(Subject::hour).toArray(Long[]::new);
    }
}
