package org.safepassage.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSON Lines file as Windows tools and joined exports leave it: marks before lines, blank lines, a broken line among good ones. */
class JsonLinesTest {

    @Test
    void byteOrderMarksAndBlankLinesAreNoLinesAndABrokenLineIsReportedWithItsNumber() throws Exception {
        String file = "\uFEFF{\"id\":\"a\"}\n\n\uFEFF{\"id\":\"b\"}\r\n{\"id\":\n\uFEFF\n{\"id\":\"c\"}\n";
        List<String> ids = new ArrayList<>();
        List<String> problems = new ArrayList<>();

        JsonLines.read(new BufferedReader(new StringReader(file)), (number, node) -> ids.add(number + ":" + node.path("id").asString()),
                problems::add);

        assertThat(ids).containsExactly("1:a", "3:b", "6:c");
        assertThat(problems).singleElement().asString().startsWith("line 4: not a usable JSON line");
    }

    @Test
    void aFileLineInAnotherEncodingIsReportedAndTheRestRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("truth.jsonl");
        Files.write(file, "{\"id\":\"a\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(file, "{\"id\":\"Alí\"}\r\n".getBytes(StandardCharsets.ISO_8859_1), StandardOpenOption.APPEND);
        Files.write(file, "\uFEFF{\"id\":\"c\"}".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        List<String> ids = new ArrayList<>();
        List<String> problems = new ArrayList<>();

        JsonLines.read(file, (number, node) -> ids.add(number + ":" + node.path("id").asString()), problems::add);

        assertThat(ids).containsExactly("1:a", "3:c");
        assertThat(problems).containsExactly("line 2: not valid UTF-8 (a line saved in another encoding)");
    }
}
