package org.safepassage.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines as a file's bytes hold them: any line ending, any length, each line's encoding its own affair. */
class ByteLinesTest {

    private static List<String> lines(byte[] file) throws IOException {
        ByteLines lines = new ByteLines(new ByteArrayInputStream(file));
        List<String> read = new ArrayList<>();
        byte[] line;
        while ((line = lines.next()) != null) {
            read.add(ByteLines.text(line));
        }
        return read;
    }

    @Test
    void linesEndAtAnyLineEndingAndTheLastNeedsNone() throws Exception {
        assertThat(lines("a\nb\r\nc\rd\n\ne".getBytes(StandardCharsets.UTF_8))).containsExactly("a", "b", "c", "d", "", "e");
        assertThat(lines("a\n".getBytes(StandardCharsets.UTF_8))).containsExactly("a");
        assertThat(lines(new byte[0])).isEmpty();
    }

    @Test
    void aLineLongerThanTheBufferAndALineEndingSplitAcrossTwoReadsAreRead() throws Exception {
        String longLine = "علی".repeat(40_000); // 240,000 bytes: several buffers
        String first = "x".repeat((1 << 16) - 1); // its \r the last byte of the first buffer, its \n the first of the next
        byte[] file = (first + "\r\n" + longLine + "\nend").getBytes(StandardCharsets.UTF_8);
        assertThat(lines(file)).containsExactly(first, longLine, "end");
    }

    @Test
    void aLineInAnotherEncodingHasNoTextAndTheOthersAreRead() throws Exception {
        byte[] latin1 = "{\"givenName\":\"Alí\"}".getBytes(StandardCharsets.ISO_8859_1);
        byte[] windows1256 = "{\"givenName\":\"علي\"}".getBytes(Charset.forName("windows-1256"));
        byte[] good = "{\"givenName\":\"علی\"}".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[latin1.length + windows1256.length + good.length + 2];
        System.arraycopy(latin1, 0, file, 0, latin1.length);
        file[latin1.length] = '\n';
        System.arraycopy(windows1256, 0, file, latin1.length + 1, windows1256.length);
        file[latin1.length + 1 + windows1256.length] = '\n';
        System.arraycopy(good, 0, file, latin1.length + windows1256.length + 2, good.length);

        assertThat(lines(file)).containsExactly(null, null, "{\"givenName\":\"علی\"}");
    }

    @Test
    void aLineLongerThanAnyRegistrationIsKeptCutAndTheNextLineIsReadWhole() throws Exception {
        byte[] file = new byte[3 * ByteLines.MAX_LINE_BYTES + 6];
        Arrays.fill(file, (byte) 'x'); // a file with no line end for 12 MiB, as a binary file
        file[file.length - 5] = '\n';
        file[file.length - 4] = 'e';
        file[file.length - 3] = 'n';
        file[file.length - 2] = 'd';
        file[file.length - 1] = '\n';
        ByteLines lines = new ByteLines(new ByteArrayInputStream(file));

        byte[] first = lines.next();
        assertThat(first).hasSize(ByteLines.MAX_LINE_BYTES + 1);
        assertThat(ByteLines.isCut(first)).isTrue();
        byte[] second = lines.next();
        assertThat(ByteLines.text(second)).isEqualTo("end");
        assertThat(ByteLines.isCut(second)).isFalse();
        assertThat(lines.next()).isNull();
    }

    @Test
    void aReplacementCharacterWrittenInUtf8IsText() {
        assertThat(ByteLines.text("a\uFFFDb".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\uFFFDb");
    }

    @Test
    void aFileInUtf16IsRefusedSayingSoAndUtf8WithItsMarkIsNot() throws Exception {
        byte[] utf16 = "\uFEFF{\"id\":\"a\"}\n".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> new ByteLines(new ByteArrayInputStream(utf16)).refusingUtf16("list.jsonl"))
                .isInstanceOf(IOException.class).hasMessageContaining("list.jsonl is in UTF-16").hasMessageContaining("UTF-8");
        byte[] utf8 = "\uFEFF{\"id\":\"a\"}\n".getBytes(StandardCharsets.UTF_8);
        ByteLines lines = new ByteLines(new ByteArrayInputStream(utf8)).refusingUtf16("list.jsonl");
        assertThat(ByteLines.text(lines.next())).isEqualTo("\uFEFF{\"id\":\"a\"}");
    }
}
