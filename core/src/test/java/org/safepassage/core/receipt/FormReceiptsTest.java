package org.safepassage.core.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormReceiptsTest {

    @Test
    void oneFormGivesOneReceiptAnotherFormOrPepperAnotherAndTheDuressReceiptDiffers() {
        Pepper pepper = Pepper.generate(new SecureRandom());
        Receipt first = FormReceipts.real(pepper, "a1b2c3d4e5f60718293a4b5c6d7e8f90");
        assertThat(FormReceipts.real(pepper, "a1b2c3d4e5f60718293a4b5c6d7e8f90")).isEqualTo(first);
        assertThat(FormReceipts.real(pepper, "a1b2c3d4e5f60718293a4b5c6d7e8f91")).isNotEqualTo(first);
        assertThat(FormReceipts.real(Pepper.generate(new SecureRandom()), "a1b2c3d4e5f60718293a4b5c6d7e8f90")).isNotEqualTo(first);
        assertThat(FormReceipts.duress(pepper, "a1b2c3d4e5f60718293a4b5c6d7e8f90")).isNotEqualTo(first);
        assertThat(first.display().replaceAll("[^0-9]", "")).hasSize(Receipt.DIGITS);
    }

    @Test
    void everyDigitIsAboutEquallyLikely() {
        Pepper pepper = Pepper.generate(new SecureRandom());
        int[] counts = new int[10];
        Set<Receipt> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            Receipt receipt = FormReceipts.real(pepper, "token-" + i);
            seen.add(receipt);
            receipt.display().chars().filter(Character::isDigit).forEach(c -> counts[c - '0']++);
        }
        assertThat(seen).hasSize(2_000);
        // 48,000 digits: each expected 4,800 (standard deviation about 66)
        for (int count : counts) {
            assertThat(count).isBetween(4_500, 5_100);
        }
    }
}
