package org.safepassage.vetting.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Groups of like texts that are one flood trimmed in different places are one group; nothing else is joined. */
class TrimmedCopiesTest {

    private static final List<String> FLOOD = List.of(
            "I am an officer of the border regiment and I have served for many years in the provincial command.",
            "Over the last months I have seen orders that I cannot accept, and I kept copies of every one of them.",
            "I have lists of the people who gave these orders and the dates of the operations they planned.",
            "My wife and my two sons are ready to leave with me at any moment, we have our papers.",
            "Please tell me which border crossing is safe and who will meet us on the other side.");
    private static final String OTHER_FLOOD = "For a long time I worked in the finance office where the salaries are paid, and I "
            + "know how the money for the foreign groups is moved through private companies abroad. My brother was arrested.";

    private final Random random = new Random(5);
    private final List<int[]> sketches = new ArrayList<>();
    private final List<Long> hours = new ArrayList<>();

    @Test
    void partsOfOneFloodSentInTheSameDaysJoinButHonestGroupsAnotherTextAndAnotherMonthDoNot() {
        long day = 24;
        for (int i = 0; i < 3_000; i++) { // what arrives at the intake over a year, texts of its own
            add("Registration number " + i + " written in words of its own: " + "abcdefghij".repeat(12) + i * 7919, random.nextInt(365) * day);
        }
        // one flood over two days in the spring, each copy without another of its sentences
        List<int[]> parts = new ArrayList<>();
        for (int left = 0; left < FLOOD.size(); left++) {
            parts.add(copies(FLOOD, left, 8, 100 * day));
        }
        int[] sameTextInTheAutumn = copies(FLOOD, 0, 8, 250 * day);
        int[] anotherFlood = copies(List.of(OTHER_FLOOD), -1, 8, 100 * day);
        // honest people writing alike, over the whole year: each of the two groups at the intake's rhythm
        int[] honestA = spread(FLOOD, 0, 8, day);
        int[] honestB = spread(FLOOD, 1, 8, day);
        List<int[]> groups = new ArrayList<>(parts);
        groups.add(sameTextInTheAutumn);
        groups.add(anotherFlood);
        groups.add(honestA);
        groups.add(honestB);

        List<int[]> joined = TrimmedCopies.joined(groups, sketches.toArray(int[][]::new), hours.toArray(Long[]::new));

        int[] flood = parts.stream().flatMapToInt(IntStream::of).sorted().toArray();
        assertThat(TextFingerprint.similarity(sketches.get(parts.get(0)[0]), sketches.get(parts.get(1)[0])))
                .as("two ways of trimming, not near-duplicates").isLessThan(NearDuplicateTexts.SIMILARITY);
        assertThat(joined).hasSize(5).contains(flood, sameTextInTheAutumn, anotherFlood, honestA, honestB);
    }

    /** Eight copies of the text without sentence {@code left} (none: -1), sent within two days from {@code from}. */
    private int[] copies(List<String> text, int left, int count, long from) {
        return IntStream.range(0, count).map(i -> add(without(text, left, i), from + random.nextInt(48))).toArray();
    }

    /** Copies of the text without sentence {@code left}, sent one a month over the year. */
    private int[] spread(List<String> text, int left, int count, long day) {
        return IntStream.range(0, count).map(i -> add(without(text, left, i), (i * 45L + left * 20L) * day)).toArray();
    }

    private static String without(List<String> text, int left, int copy) {
        return IntStream.range(0, text.size()).filter(s -> s != left).mapToObj(text::get).collect(Collectors.joining(" "))
                + " Copy " + copy + ".";
    }

    private int add(String text, long hour) {
        sketches.add(TextFingerprint.of(text));
        hours.add(hour);
        return sketches.size() - 1;
    }
}
