package org.safepassage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What the operator reads when a command cannot start on the files it was given: one line naming the file and what is wrong. */
class OneLineErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileIsNamedAsMissingNotByItsBarePath() {
        Ran ran = run("vet", dir.resolve("registrations.jsonl").toString(), "--out", dir.resolve("out").toString());

        assertThat(ran.exit()).isEqualTo(1);
        assertThat(ran.err()).isEqualTo("error: no such file or directory: " + dir.resolve("registrations.jsonl") + System.lineSeparator());
    }

    @Test
    void aDirectoryOrATextThatIsNeitherJsonLinesNorCsvIsRefusedSayingWhatVetReads() throws Exception {
        Ran directory = run("vet", dir.toString(), "--out", dir.resolve("out").toString());
        assertThat(directory.exit()).isEqualTo(1);
        assertThat(directory.err()).startsWith("error: " + dir + " is a directory; vet reads one file of registrations (JSON lines or CSV)");

        Files.writeString(dir.resolve("partner.txt"), "Reza Karimi\nAli Ahmadi\nSara Rahimi\n");
        Ran text = run("vet", dir.resolve("partner.txt").toString(), "--out", dir.resolve("out").toString());
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.err()).startsWith("error: " + dir.resolve("partner.txt") + " holds no JSON object in its first 3 lines")
                .contains("or CSV with a header naming its columns").contains("save it as CSV UTF-8");
    }

    private static Ran run(String... arguments) {
        StringWriter err = new StringWriter();
        CommandLine command = SafePassage.commandLine().setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()));
        int exit = command.execute(arguments);
        return new Ran(exit, err.toString());
    }

    private record Ran(int exit, String err) {
    }
}
