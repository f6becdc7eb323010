package org.safepassage.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.cli.support.CommandRun;

/** `bench transliteration` counts a list's Persian and Latin spellings by the level linking gives each pair. */
class TransliterationBenchTest {

    @TempDir
    Path dir;

    @Test
    void countsEachPairAtTheLevelLinkingGivesItAndListsTheMisses() throws Exception {
        // common given names, columns as the public list of Persian names and their Latin forms keeps them
        Path pairs = Files.writeString(dir.resolve("names.csv"), """
                name,gender,english_name
                محمد,m,mohammad
                آوا,f,ava
                فرهاد,m,farhaf
                رضا,m,rexza
                حسن,m,bahram
                مریم,f,
                """);

        CommandRun run = CommandRun.of("bench", "transliteration", pairs.toString(), "--misses", "5");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("5 pairs of a Persian spelling and its Latin form")
                .containsPattern("the same name \\(full agreement\\) +40\\.00 %  \\(2\\)")
                .containsPattern("one slip apart \\(counts 0\\.6 of it\\) +20\\.00 %  \\(1\\)")
                .containsPattern("short spellings a letter apart \\(neither way\\) +20\\.00 %  \\(1\\)")
                .containsPattern("different names \\(counts against\\) +20\\.00 %  \\(1\\)")
                .contains("missed: رضا / rexza: shortSlip", "missed: حسن / bahram: differs").doesNotContain("مریم");
    }

    @Test
    void aListWithoutTheColumnsIsRefusedNamingThem() throws Exception {
        Path pairs = Files.writeString(dir.resolve("other.csv"), "persian,latin\nمحمد,mohammad\n");

        CommandRun run = CommandRun.of("bench", "transliteration", pairs.toString());
        CommandRun named = CommandRun.of("bench", "transliteration", pairs.toString(), "--persian-column", "persian",
                "--latin-column", "latin");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("has no columns name and english_name (its header: persian, latin)");
        assertThat(named.exit()).isZero();
        assertThat(named.out()).contains("1 pairs of a Persian spelling and its Latin form");
    }

    @Test
    void aFileThatIsNotACsvInUtf8IsRefusedSayingSo() throws Exception {
        Path cut = Files.writeString(dir.resolve("cut.csv"), "name,gender,english_name\n\"محمد,m,mohammad\n");
        Path binary = Files.write(dir.resolve("binary.csv"), new byte[] {0, 1, (byte) 0xff, (byte) 0xfe});

        CommandRun cutRun = CommandRun.of("bench", "transliteration", cut.toString());
        CommandRun binaryRun = CommandRun.of("bench", "transliteration", binary.toString());

        assertThat(cutRun.exit()).isEqualTo(2);
        assertThat(cutRun.err()).contains("cut.csv is not a CSV with a header").contains("EOF reached before encapsulated token finished");
        assertThat(binaryRun.exit()).isEqualTo(2);
        assertThat(binaryRun.err()).contains("binary.csv is not UTF-8: save it as CSV UTF-8");
    }
}
