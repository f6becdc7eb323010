package org.safepassage.core.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How listed words are folded before they are compared. */
class ListWordsTest {

    /** What the fold does to what is neither letter nor digit, as a regular expression says it. */
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String asThePatternSays(String text) {
        String folded = text.toLowerCase(Locale.ROOT).replace('ي', 'ی').replace('ك', 'ک').replace('ة', 'ه').replace(".", "");
        return NOT_A_LETTER.matcher(folded).replaceAll(" ").strip();
    }

    @Test
    void foldsCaseLetterFormsDotsAndRunsOfPunctuation() {
        assertThat(ListWords.key("I.R.G.C.")).isEqualTo("irgc");
        assertThat(ListWords.key("  Ministry of   Intelligence, (MOIS) ")).isEqualTo("ministry of intelligence mois");
        assertThat(ListWords.key("سپاه پاسداران - كرمان")).isEqualTo("سپاه پاسداران کرمان");
        assertThat(ListWords.key("Farsi (Persian)")).isEqualTo("farsi persian");
        assertThat(ListWords.key("تیپ ۲۳/ب")).isEqualTo("تیپ ۲۳ ب");
        assertThat(ListWords.key("--")).isEmpty();
    }

    @Test
    void keepsEveryCharacterThePatternKeepsAndNoOther() {
        List<String> differing = new ArrayList<>();
        for (int c = 0; c <= 0x10FFFF; c += c < 0x10000 ? 1 : 97) {
            if (Character.isSurrogate((char) c) && c < 0x10000) {
                continue;
            }
            String text = "x" + new String(Character.toChars(c)) + "y " + new String(Character.toChars(c));
            if (!ListWords.key(text).equals(asThePatternSays(text))) {
                differing.add(Integer.toHexString(c));
            }
        }
        assertThat(differing).isEmpty();
    }
}
