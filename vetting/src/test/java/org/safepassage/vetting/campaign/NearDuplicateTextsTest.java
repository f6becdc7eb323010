package org.safepassage.vetting.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The grouping of like texts at its edges, on sketches made bin by bin: a text exactly at the
 * leader floor joins a flood through a member, one bin below it does not, whether or not the bins
 * that differ happen to share their lowest byte (the cheap bound the grouping reads first).
 */
class NearDuplicateTextsTest {

    private static final int BINS = TextFingerprint.BINS;
    private static final long HOUR = 490_000L;

    private final Random random = new Random(11);
    private final int[] leader = IntStream.range(0, BINS).map(i -> random.nextInt(1 << 26)).toArray();

    @Test
    void aTextAtTheLeaderFloorJoinsThroughAMemberSentWithinAFloodAndOneBinBelowItDoesNotWhateverTheirLowBytes() {
        // 45 of 64 bins as the leader's (0.70): a near-duplicate of the leader itself
        int[] member = changed(leader, 45, BINS, false);
        // 51 bins as the member's, 32 as the leader's (exactly the floor); its changed bins keep
        // the leader's lowest byte, so only the full comparison can tell
        int[] atTheFloor = changed(member, 32, 45, true);
        // 50 as the member's, 31 as the leader's; its changed bins differ in their lowest byte too
        int[] belowTheFloor = changed(member, 31, 45, false);
        // the same, but its changed bins keep the leader's lowest byte
        int[] belowTheFloorSameBytes = changed(member, 31, 45, true);
        int[][] sketches = {leader, member, atTheFloor, belowTheFloor, belowTheFloorSameBytes};

        assertThat(similarity(leader, atTheFloor)).isEqualTo(NearDuplicateTexts.LEADER_FLOOR);
        assertThat(similarity(member, atTheFloor)).isGreaterThanOrEqualTo(NearDuplicateTexts.SIMILARITY);
        assertThat(similarity(member, belowTheFloorSameBytes)).isGreaterThanOrEqualTo(NearDuplicateTexts.SIMILARITY);

        List<int[]> sentTogether = NearDuplicateTexts.group(sketches, hours(0, 1, 2, 3, 4), 3);
        assertThat(sentTogether).singleElement().satisfies(group -> assertThat(group).containsExactly(0, 1, 2));

        // weeks apart, the text at the floor no longer joins through the member: only two remain
        List<int[]> weeksApart = NearDuplicateTexts.group(sketches, hours(0, 1, 24 * 30, 3, 4), 2);
        assertThat(weeksApart).singleElement().satisfies(group -> assertThat(group).containsExactly(0, 1));

        // nor when its arrival, or every arrival, is not known
        Long[] oneUnknown = hours(0, 1, 2, 3, 4);
        oneUnknown[2] = null;
        assertThat(NearDuplicateTexts.group(sketches, oneUnknown, 2)).singleElement()
                .satisfies(group -> assertThat(group).containsExactly(0, 1));
        assertThat(NearDuplicateTexts.group(sketches, null, 2)).singleElement()
                .satisfies(group -> assertThat(group).containsExactly(0, 1));
    }

    @Test
    void groupsAreThoseThatFindFindsBeforeThePeopleAreCounted() {
        int[] member = changed(leader, 50, BINS, false);
        int[] another = changed(leader, 48, BINS, true);
        int[][] sketches = {leader, null, member, another, changed(leader, 0, BINS, false)};
        Long[] hours = hours(0, 0, 1, 2, 3);

        assertThat(NearDuplicateTexts.group(sketches, hours, 3)).singleElement()
                .satisfies(group -> assertThat(group).containsExactly(0, 2, 3));
        // the same three texts by two people are no template of three people
        assertThat(NearDuplicateTexts.find(sketches, new int[] {1, 2, 1, 2, 3}, 3, hours)).isEmpty();
        assertThat(NearDuplicateTexts.find(sketches, new int[] {1, 2, 3, 4, 5}, 3, hours)).singleElement()
                .satisfies(group -> assertThat(group.people()).isEqualTo(3));
    }

    /** A copy of a sketch whose bins from {@code from} to {@code to} (exclusive) are new values. */
    private int[] changed(int[] sketch, int from, int to, boolean keepLowestByte) {
        int[] copy = sketch.clone();
        for (int i = from; i < to; i++) {
            int fresh = 1 + random.nextInt(1 << 17);
            copy[i] = keepLowestByte ? sketch[i] ^ (fresh << 8) : sketch[i] ^ (fresh << 8) ^ (1 + random.nextInt(255));
        }
        return copy;
    }

    private static double similarity(int[] a, int[] b) {
        return TextFingerprint.similarity(a, b);
    }

    private static Long[] hours(long... offsets) {
        return java.util.Arrays.stream(offsets).mapToObj(offset -> HOUR + offset).toArray(Long[]::new);
    }
}
