package org.safepassage.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.cli.support.CommandRun;

/** `bench names` scores labelled name pairs as screening would, and counts each outcome. */
class NamesBenchTest {

    @TempDir
    Path dir;

    @Test
    void countsEachPairOnItsSideOfTheThresholdAndListsTheWrongOnes() throws Exception {
        // synthetic names; columns as OpenSanctions keeps its name-comparison cases
        Path pairs = Files.writeString(dir.resolve("pairs.csv"), """
                case_group,schema,name1,name2,is_match
                synth,Person,Farhad Tavakkoli,فرهاد توکلی,true
                synth,Person,Amir Kazrmi,Amir Kazemi,true
                synth,Person,Karim bin Nasser al-Sabri,Nasser bin Karim al-Sabri,false
                synth,Person,Babak Shirazi,Nader Yazdani,false
                synth,Person,Siamak Rostami,Kourosh Rostamzadeh,true
                synth,Company,Synthetic Trading LLC,Synthetic Trading,true
                """);

        CommandRun run = CommandRun.of("bench", "names", pairs.toString(), "--misses");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("5 person name pairs (3 the same person)")
                .contains("precision 1.000, recall 0.667, F1 0.800 (TP 2, FP 0, FN 1, TN 2)")
                .contains("Siamak Rostami  |  Kourosh Rostamzadeh").doesNotContain("Synthetic Trading");
    }

    @Test
    void onAGeneratedCorpusListedPeopleAreFoundAgainUnderTheirOtherRegistrations() {
        Path corpus = dir.resolve("corpus");
        assertThat(CommandRun.of("generate", "--persons", "400", "--seed", "5", "--out", corpus.toString()).exit()).isZero();

        CommandRun run = CommandRun.of("bench", "screen-corpus", corpus.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        Matcher recall = Pattern.compile("that find them: [0-9,]+ of [0-9,]+ \\(recall ([0-9.]+)\\)").matcher(run.out());
        assertThat(recall.find()).as(run.out()).isTrue();
        assertThat(Double.parseDouble(recall.group(1))).isGreaterThan(0.8);
        assertThat(run.out()).containsPattern("hit a listed person: [0-9,]+ of [0-9,]+").contains("F1 ");
    }

    @Test
    void aFileWithoutLabelsIsRefusedNamingTheLine() throws Exception {
        Path pairs = Files.writeString(dir.resolve("bad.csv"), """
                name1,name2,is_match
                Farhad Tavakkoli,Farhad Tavakoli,perhaps
                """);

        CommandRun run = CommandRun.of("bench", "names", pairs.toString());

        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("bad.csv line 2").contains("is_match true or false").doesNotContain("Exception");
    }
}
