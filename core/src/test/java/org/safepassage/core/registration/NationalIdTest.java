package org.safepassage.core.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NationalIdTest {

    /** Computes the check digit the long way round, to build valid synthetic IDs. */
    private static String withCheckDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        return nine + (remainder < 2 ? remainder : 11 - remainder);
    }

    @Test
    void acceptsIdsWhoseCheckDigitMatches() {
        for (String nine : new String[] {"001234567", "123456789", "987654321", "000000019"}) {
            assertThat(NationalId.hasValidCheckDigit(withCheckDigit(nine))).as(nine).isTrue();
        }
    }

    @Test
    void refusesAnIdWithOneDigitChanged() {
        String valid = withCheckDigit("123456789");
        String changed = valid.substring(0, 9) + (char) ('0' + (valid.charAt(9) - '0' + 1) % 10);
        assertThat(NationalId.hasValidCheckDigit(changed)).isFalse();
    }

    @Test
    void refusesRepeatedDigitsAndWrongLengths() {
        assertThat(NationalId.hasValidCheckDigit("1111111111")).isFalse();
        assertThat(NationalId.hasValidCheckDigit("12345")).isFalse();
        assertThat(NationalId.isWellFormed("12345678x0")).isFalse();
        assertThat(NationalId.isWellFormed("۱۲۳۴۵۶۷۸۹۰")).as("read as ASCII digits before this check").isFalse();
        assertThat(NationalId.hasValidCheckDigit(withCheckDigit("211111111"))).as("only the first digit differs").isTrue();
        assertThat(NationalId.hasValidCheckDigit(withCheckDigit("111111112"))).as("only the last two differ").isTrue();
        assertThat(NationalId.isOneDigitRepeated("0000000000")).isTrue();
        assertThat(NationalId.isOneDigitRepeated("")).as("no digit at all").isFalse();
    }
}
