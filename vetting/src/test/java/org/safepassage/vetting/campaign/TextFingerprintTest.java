package org.safepassage.vetting.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextFingerprintTest {

    private static final String[] WORDS = {"unit", "commander", "border", "orders", "family", "leave", "months",
        "documents", "meeting", "province", "transfer", "safe", "colleagues", "report", "district", "office",
        "night", "weapons", "prison", "judge", "files", "names", "city", "west", "south", "airport", "children"};

    @Test
    void theShareOfBinsAlikeEstimatesHowManyFiveLetterPiecesTwoTextsShare() {
        Random random = new Random(5);
        for (int trial = 0; trial < 12; trial++) {
            List<String> sentences = sentences(random, 10);
            List<String> other = new ArrayList<>(sentences);
            for (int replaced = 0; replaced <= trial % 6; replaced++) {
                other.set(random.nextInt(other.size()), sentence(random));
            }
            String a = String.join(" ", sentences);
            String b = String.join(" ", other);

            double estimate = TextFingerprint.similarity(TextFingerprint.of(a), TextFingerprint.of(b));

            assertThat(estimate).as("trial %d", trial).isCloseTo(jaccardOfShingles(a, b), within(0.2));
        }
    }

    @Test
    void aPieceOfTextHashesAlikeWhereverItStands() {
        Random random = new Random(9);
        String text = String.join(" ", sentences(random, 8));

        double shifted = TextFingerprint.similarity(TextFingerprint.of(text), TextFingerprint.of("I write again. " + text));

        assertThat(shifted).isGreaterThan(0.85);
    }

    @Test
    void letterFormsCaseDigitsAndPunctuationDoNotMakeTwoTextsDiffer() {
        String text = "I served in the 12th brigade for 9 years and I can bring the documents of my unit.";
        String written = "i SERVED in the 47th brigade, for 3 years -- and I can bring the documents of my unit!!";

        assertThat(TextFingerprint.similarity(TextFingerprint.of(text), TextFingerprint.of(written))).isEqualTo(1.0);
        assertThat(TextFingerprint.of("too short to compare")).isNull();
    }

    private static List<String> sentences(Random random, int count) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sentences.add(sentence(random));
        }
        return sentences;
    }

    private static String sentence(Random random) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < 6 + random.nextInt(5); w++) {
            sentence.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sentence.append('.').toString();
    }

    /** The Jaccard similarity of two texts' five-letter pieces, worked out in full (letters and single spaces only). */
    private static double jaccardOfShingles(String a, String b) {
        Set<String> x = shingles(a);
        Set<String> y = shingles(b);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return x.size() / (double) union.size();
    }

    private static Set<String> shingles(String text) {
        String normal = text.toLowerCase().replaceAll("[^a-z]+", " ").strip();
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + 5 <= normal.length(); i++) {
            shingles.add(normal.substring(i, i + 5));
        }
        return shingles;
    }
}
