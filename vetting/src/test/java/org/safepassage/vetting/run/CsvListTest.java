package org.safepassage.vetting.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.json.Json;
import org.safepassage.vetting.assess.SignalWeights;
import org.safepassage.vetting.generate.Generator;
import org.safepassage.vetting.link.LinkageModel;
import org.safepassage.vetting.rewrite.Rewrite;
import org.safepassage.vetting.rewrite.Rewriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A partner's list saved as CSV is vetted as the same list in JSON lines is, and what cannot be read is named by its line. */
class CsvListTest {

    @TempDir
    Path dir;

    private final Vetting vetting = new Vetting(LinkageModel.defaults(), SignalWeights.defaults(), null, 0.75, false);

    @Test
    void aListExportedAsCsvIsVettedAsTheSameRowsInJsonLines() throws Exception {
        new Generator(7, 0.05).write(300, dir.resolve("original"));
        new Rewriter(Rewrite.PARTNER_EXPORT, 1, 4).write(dir.resolve("original"), dir.resolve("export"));
        List<ObjectNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("export/registrations.jsonl"))) {
            ObjectNode row = (ObjectNode) Json.MAPPER.readTree(line);
            // lists of objects, which no spreadsheet column holds
            row.remove("family");
            row.remove("attachments");
            rows.add(row);
        }
        Path json = Files.write(dir.resolve("rows.jsonl"), rows.stream().map(Json.MAPPER::writeValueAsString).toList());
        Path csv = dir.resolve("rows.csv");
        writeCsv(csv, rows, ';', StandardCharsets.UTF_8, true);

        Vetting.Summary fromJson = vetting.run(json, dir.resolve("out-json"), null, problem -> { });
        Vetting.Summary fromCsv = vetting.run(csv, dir.resolve("out-csv"), null, problem -> { });

        assertThat(fromCsv.registrations()).isEqualTo(rows.size()).isEqualTo(fromJson.registrations());
        assertThat(fromCsv.linkedClusters()).isPositive().isEqualTo(fromJson.linkedClusters());
        for (String output : List.of("clusters.jsonl", "assessments.jsonl", "campaigns.jsonl")) {
            assertThat(Files.readAllLines(dir.resolve("out-csv").resolve(output)))
                    .as(output).isEqualTo(Files.readAllLines(dir.resolve("out-json").resolve(output)));
        }
    }

    @Test
    void eachRowIsNamedByItsLineInTheFileAcrossQuotedLineBreaksBlankRowsAndColumnsNamedTwiceOrNotAtAll() throws Exception {
        Path csv = Files.writeString(dir.resolve("partner.csv"), String.join("\r\n",
                "",
                "schema,id,receivedAt,channel,language,urgency,service.organization,person.givenName,person.familyName,narrative,,urgency,No. of dependants",
                "safepassage.registration/1,p-1,2026-03-01T10:00:00Z,import,fa,high,IRGC,آرش,کریمی,\"synthetic: one line,",
                "and a second, with commas\",a cell without a column name,,3",
                ",,,,,,,,,",
                "",
                "safepassage.registration/1,p-2,2026-03-01T11:00:00Z,import,en,,ARTESH,Sara,Rahimi,synthetic",
                "safepassage.registration/1,p-3,2026-03-01T12:00:00Z,import,en,,BASIJ,Reza,\"Ahmadi\",synthetic,,low") + "\r\n");
        List<String> problems = new ArrayList<>();

        Vetting.Summary summary = vetting.run(csv, dir.resolve("out"), null, problems::add);

        assertThat(summary.registrations()).isEqualTo(2);
        assertThat(problems).as("the empty line before the header counted; p-3's urgency in the second column of that name")
                .containsExactly("line 7: urgency: is required");
        String assessments = Files.readString(dir.resolve("out/assessments.jsonl"));
        assertThat(assessments).contains("\"id\":\"p-1\"", "\"id\":\"p-3\"");
        assertThat(Files.readString(dir.resolve("out/unread.jsonl"))).contains("\"line\":7,\"id\":\"p-2\"");
        assertThat(summary.reading()).as("a dot that names no object of the schema is part of the column's name")
                .anySatisfy(line -> assertThat(line).contains("ignored").contains("No. of dependants"));
    }

    @Test
    void aSpreadsheetWithoutTheSchemasColumnsIsToldWhichColumnsToAdd() throws Exception {
        List<String> rows = new ArrayList<>(List.of("id,receivedAt,language,Organisation,given_name"));
        for (int i = 1; i <= 12; i++) {
            rows.add("p-" + i + ",2026-03-01T10:00:00Z,fa,سپاه,synthetic " + i);
        }
        Path csv = Files.write(dir.resolve("partner.csv"), rows);

        Vetting.Summary summary = vetting.run(csv, dir.resolve("out"), null, problem -> { });

        assertThat(summary.skipped()).isEqualTo(12);
        assertThat(summary.reading()).anySatisfy(line -> assertThat(line).contains("every skipped line lacks channel, schema, urgency")
                .contains("add a column channel and a column schema to the spreadsheet, holding import and "
                        + "safepassage.registration/1 on every row").contains("urgency: only you can say, added the same way (a column)")
                .doesNotContain("jq"));
    }

    @Test
    void aCsvNotInUtf8OrCutInsideAQuotedCellOrWithARowPastAnyRegistrationIsRefusedSayingWhatToDo() throws Exception {
        Path windows = dir.resolve("windows.csv");
        ObjectNode row = Json.MAPPER.createObjectNode().put("id", "p-1").put("given_name", "آرش");
        writeCsv(windows, List.of(row), ',', Charset.forName("windows-1256"), false);
        Path cut = Files.writeString(dir.resolve("cut.csv"), "id,narrative\np-1,\"a text whose quote never closes\n");
        Path unclosed = Files.writeString(dir.resolve("unclosed.csv"), "id,narrative\np-1,\"a quote that never closes, then "
                + "x".repeat(5 << 20) + "\n");

        assertThatThrownBy(() -> vetting.run(windows, dir.resolve("w"), null, problem -> { })).isInstanceOf(IOException.class)
                .hasMessageContaining("windows.csv is CSV but not in UTF-8").hasMessageContaining("CSV UTF-8");
        assertThatThrownBy(() -> vetting.run(cut, dir.resolve("c"), null, problem -> { })).isInstanceOf(IOException.class)
                .hasMessageContaining("cut.csv cannot be read as CSV");
        assertThatThrownBy(() -> vetting.run(unclosed, dir.resolve("u"), null, problem -> { })).isInstanceOf(IOException.class)
                .hasMessageStartingWith(unclosed + " has a row longer than 4 MiB").hasMessageContaining("a quote that never closes?");
    }

    private static void writeCsv(Path file, List<ObjectNode> rows, char delimiter, Charset charset, boolean byteOrderMark)
            throws IOException {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> row.propertyNames().forEach(columns::add));
        try (Writer out = Files.newBufferedWriter(file, charset);
             CSVPrinter printer = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().print(out)) {
            if (byteOrderMark) {
                out.write('\uFEFF');
            }
            printer.printRecord(columns);
            for (ObjectNode row : rows) {
                List<String> cells = new ArrayList<>();
                for (String column : columns) {
                    JsonNode value = row.get(column);
                    cells.add(value == null || value.isNull() ? "" : value.isString() ? value.asString() : value.toString());
                }
                printer.printRecord(cells);
            }
        }
    }
}
