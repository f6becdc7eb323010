package org.safepassage.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphraseSharesTest {

    private final SecureRandom random = new SecureRandom();
    private final char[] passphrase = "گذرواژهٔ بلند و تصادفی of the desk 7f3a".toCharArray();

    @TempDir
    Path dir;

    @Test
    void anyThreeOfFiveSharesRebuildThePassphraseFromTheirFiles() throws Exception {
        List<PassphraseShares.Share> shares = PassphraseShares.split(passphrase, 3, 5, random);
        List<Path> files = new ArrayList<>();
        for (PassphraseShares.Share share : shares) {
            Path file = dir.resolve("share-" + share.index() + ".txt");
            share.write(file);
            files.add(file);
        }
        int[][] choices = {{0, 1, 2}, {4, 2, 0}, {1, 3, 4}, {0, 1, 2, 3, 4}};
        for (int[] choice : choices) {
            List<PassphraseShares.Share> chosen = new ArrayList<>();
            for (int i : choice) {
                chosen.add(PassphraseShares.Share.read(files.get(i)));
            }
            assertThat(PassphraseShares.combine(chosen)).isEqualTo(passphrase);
        }
    }

    @Test
    void twoSharesAreNotEnoughAndSharesOfAnotherSplitDoNotMix() {
        List<PassphraseShares.Share> shares = PassphraseShares.split(passphrase, 3, 5, random);
        List<PassphraseShares.Share> other = PassphraseShares.split(passphrase, 3, 5, random);

        assertThatThrownBy(() -> PassphraseShares.combine(List.of(shares.get(0), shares.get(1), shares.get(1))))
                .hasMessageContaining("2 different shares given; this split needs 3 of 5");
        assertThatThrownBy(() -> PassphraseShares.combine(List.of(shares.get(0), shares.get(1), other.get(2))))
                .hasMessageContaining("different splits");
        assertThat(shares.get(0).value()).as("a single share is not the passphrase").isNotEqualTo(new String(passphrase).getBytes());
    }
}
