package org.safepassage.vetting.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OwnWordsTest {

    @Test
    void theSameWordsTypedAgainWithOtherLetterFormsDigitsSpacingAndPunctuationAreTheSameText() {
        OwnWords first = OwnWords.of("می‌خواهم با خانواده‌ام بیایم. ما ۴ نفر هستیم و در کرج زندگی می‌کنیم!");
        OwnWords again = OwnWords.of("مي خواهم با خانواده ام بيايم.  ما 4 نفر هستيم و در كرج زندگي ميكنيم");
        OwnWords english = OwnWords.of("My wife and my son must come with me.  For 18 years I worked at my unit");
        OwnWords englishAgain = OwnWords.of("my wife and my son must come with me. for 18 years, I worked at my unit.");

        assertThat(first.isEmpty()).isFalse();
        assertThat(first.same(again)).isTrue();
        assertThat(english.same(englishAgain)).isTrue();
        assertThat(first.sentences()).hasSize(2).containsExactlyInAnyOrder(again.sentences());
    }

    @Test
    void anotherNumberOrAnotherSentenceIsAnotherText() {
        OwnWords four = OwnWords.of("I need a safe route for 4 people. My superior asked about my loyalty.");
        OwnWords seven = OwnWords.of("I need a safe route for 7 people. My superior asked about my loyalty.");
        OwnWords shorter = OwnWords.of("I need a safe route for 4 people.");
        OwnWords persianSeven = OwnWords.of("I need a safe route for ۷ people. My superior asked about my loyalty.");

        assertThat(four.same(seven)).isFalse();
        assertThat(four.same(shorter)).isFalse();
        assertThat(seven.same(persianSeven)).isTrue();
        assertThat(four.sentences()).contains(shorter.sentences()[0]);
    }

    @Test
    void aTextTooShortToTellAnythingOrNoneIsNoText() {
        assertThat(OwnWords.of(null).isEmpty()).isTrue();
        assertThat(OwnWords.of("help!").isEmpty()).isTrue();
        assertThat(OwnWords.of(" . . . ! ? ؟ ... ").isEmpty()).isTrue();
        assertThat(OwnWords.of("help").same(OwnWords.of("help"))).isFalse();
        assertThat(OwnWords.of("I want to leave. I want to leave.").sentences()).hasSize(1);
    }

    @Test
    void sentencesAreSortedAsArraysSortWouldAtEverySizeWithRepeatsAndNegatives() {
        Random random = new Random(5);
        for (int count = 0; count <= 40; count++) {
            long[] values = new long[count + 3];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(4) == 0 ? 7 : random.nextLong();
            }
            long[] expected = values.clone();
            Arrays.sort(expected, 0, count);

            OwnWords.sort(values, count);

            assertThat(values).as("%d values", count).isEqualTo(expected);
        }
    }
}
