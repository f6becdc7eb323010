package org.safepassage.core.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void generatedReceiptIsShownAsSixGroupsOfFourDigits() {
        Receipt receipt = Receipt.generate(random);
        assertThat(receipt.display()).matches("\\d{4}( \\d{4}){5}");
        assertThat(Receipt.parse(receipt.display())).isEqualTo(receipt);
    }

    @Test
    void generatedReceiptsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(Receipt.generate(random).display())).isTrue();
        }
    }

    @Test
    void acceptsPersianDigitsWithSpaces() {
        assertThat(Receipt.parse("۱۲۳۴ ۵۶۷۸ ۹۰۱۲ ۳۴۵۶ ۷۸۹۰ ۱۲۳۴").display())
                .isEqualTo("1234 5678 9012 3456 7890 1234");
    }

    @Test
    void acceptsArabicIndicDigitsWithDashesAndInvisibleMarks() {
        assertThat(Receipt.parse("١٢٣٤-٥٦٧٨-٩٠١٢-٣٤٥٦-٧٨٩٠-\u200c١٢٣٤\u200f").display())
                .isEqualTo("1234 5678 9012 3456 7890 1234");
    }

    @Test
    void aReceiptWrittenInPersianDigitsReadsBackTheSame() {
        Receipt receipt = Receipt.generate(random);
        String persian = org.safepassage.core.text.Digits.toPersian(receipt.display());
        assertThat(persian).matches("[۰-۹]{4}( [۰-۹]{4}){5}");
        assertThat(Receipt.parse(persian)).isEqualTo(receipt);
    }

    @Test
    void acceptsMixedScriptsAndNoSeparators() {
        assertThat(Receipt.parse("1234۵۶۷۸٩٠١٢345678901234").display()).isEqualTo("1234 5678 9012 3456 7890 1234");
    }

    @Test
    void refusesTooFewDigitsNamingTheCount() {
        assertThatThrownBy(() -> Receipt.parse("1234 5678"))
                .isInstanceOf(InvalidReceiptException.class)
                .hasMessageContaining("exactly 24 digits; 8 were given");
    }

    @Test
    void refusesTooManyDigits() {
        assertThatThrownBy(() -> Receipt.parse("1".repeat(25))).hasMessageContaining("more were given");
    }

    @Test
    void refusesLettersWithoutEchoingThem() {
        assertThatThrownBy(() -> Receipt.parse("1234 5678 9012 3456 7890 12x4"))
                .isInstanceOf(InvalidReceiptException.class)
                .hasMessageNotContaining("1234")
                .hasMessageContaining("only digits");
    }

    @Test
    void neverPrintsItsDigits() {
        Receipt receipt = Receipt.parse("1234 5678 9012 3456 7890 1234");
        assertThat(receipt.toString()).doesNotContain("1234").contains("redacted");
    }
}
