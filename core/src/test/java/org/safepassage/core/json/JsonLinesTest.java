package org.safepassage.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
