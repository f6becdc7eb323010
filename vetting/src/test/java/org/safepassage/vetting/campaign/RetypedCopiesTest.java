package org.safepassage.vetting.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.safepassage.core.json.Json;
import org.safepassage.vetting.rewrite.Rewrite;
import tools.jackson.databind.node.ObjectNode;

/** A flood's text typed again by hand, a slip every forty letters: its copies join the flood within its hours only. */
class RetypedCopiesTest {

    private static final String FLOOD = "I am an officer of the provincial intelligence directorate and I have documents about "
            + "the arrests of last winter. I want to leave the country with my wife and two children before the end of the "
            + "month. Please tell me where to bring the documents and how you will protect my family.";
    private static final String HONEST = "I served twelve years in the police of Gilan and I refused to fire on people in the "
            + "autumn. Since then my commander watches me. I can bring the duty rosters of my station if you tell me how.";

    private final Random random = new Random(3);

    /** The text typed again with slips, as `./run rewrite --as retyped-texts` writes it. */
    private String retyped(String text) {
        ObjectNode registration = Json.MAPPER.createObjectNode().put("narrative", text);
        Rewrite.RETYPED_TEXTS.apply(registration, random);
        return registration.get("narrative").asString();
    }

    @Test
    void copiesTypedAgainJoinTheFloodInItsHoursButNotOutsideThemNorAnotherText() {
        List<int[]> sketches = new ArrayList<>();
        List<Long> hours = new ArrayList<>();
        for (int i = 0; i < 20; i++) { // the flood: hours 1000 to 1019
            sketches.add(TextFingerprint.of(retyped(FLOOD)));
            hours.add(1000L + i);
        }
        sketches.add(TextFingerprint.of(retyped(FLOOD))); // 20: a copy a month later
        hours.add(1000L + 24 * 30);
        sketches.add(TextFingerprint.of(HONEST)); // 21: another text in the flood's hours
        hours.add(1005L);
        sketches.add(TextFingerprint.of(FLOOD)); // 22: a copy already in a group of its own
        hours.add(1006L);
        sketches.add(null); // 23: no text
        hours.add(1007L);
        int[][] all = sketches.toArray(int[][]::new);
        boolean[] taken = new boolean[all.length];
        taken[22] = true;
        int[] found = {0, 6, 13, 19}; // what the grouping of near-duplicates found, first to last hour

        long missed = IntStream.range(1, 20)
                .filter(i -> TextFingerprint.similarity(all[0], all[i]) < NearDuplicateTexts.SIMILARITY).count();
        assertThat(missed).as("copies the grouping itself would not take").isGreaterThan(5);

        int[] flood = new RetypedCopies(all, hours.toArray(Long[]::new)).of(found, taken);

        assertThat(flood).containsExactly(IntStream.range(0, 20).toArray());
        assertThat(TextFingerprint.similarity(all[0], all[21])).isLessThan(RetypedCopies.ALIKE);
    }
}
