package org.safepassage.vetting.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCountTest {

    @Test
    void wordsAreRunsOfAnythingButWhiteSpaceInEitherScript() {
        assertThat(WordCount.of(null)).isZero();
        assertThat(WordCount.of("  ")).isZero();
        assertThat(WordCount.of("I need help")).isEqualTo(3);
        assertThat(WordCount.of("\tمی‌خواهم  با\nخانواده‌ام بیایم. ")).isEqualTo(4);
        assertThat(WordCount.of("one\u2003two\u3000three")).as("an em space and an ideographic space part words").isEqualTo(3);
        assertThat(WordCount.of("one\u00A0two")).as("a no-break space does not, as Java's white space has it").isEqualTo(1);
    }

    @Test
    void whiteSpaceIsJavasWhiteSpaceForEveryCharacter() {
        StringBuilder differing = new StringBuilder();
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            if (WordCount.isWhitespace((char) c) != Character.isWhitespace((char) c)) {
                differing.append(String.format("U+%04X ", c));
            }
        }
        assertThat(differing).isEmpty();
    }
}
