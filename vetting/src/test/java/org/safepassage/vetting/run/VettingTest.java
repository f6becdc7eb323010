package org.safepassage.vetting.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.json.Json;
import org.safepassage.vetting.generate.Generator;
import org.safepassage.vetting.assess.SignalWeights;
import org.safepassage.vetting.link.LinkageModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class VettingTest {

    @TempDir
    Path dir;

    @Test
    void generatedDuplicatesAreFoundWithHighPairwiseF1() throws Exception {
        new Generator(42).write(5_000, dir);

        Vetting.Summary summary = new Vetting(LinkageModel.defaults(), SignalWeights.defaults(), null, 0.75, false)
                .run(dir.resolve("registrations.jsonl"), dir.resolve("out"), dir.resolve("truth.jsonl"), problem -> { });

        // measured at this size: F1 0.96 (0.93 at 100,000 persons; see docs/vetting.md)
        assertThat(summary.quality().precision()).isGreaterThan(0.93);
        assertThat(summary.quality().recall()).isGreaterThan(0.93);
        assertThat(summary.skipped()).isZero();
    }

    @Test
    void theGeneratorIsDeterministicPerSeed() throws Exception {
        new Generator(5).write(300, dir.resolve("a"));
        new Generator(5).write(300, dir.resolve("b"));
        new Generator(6).write(300, dir.resolve("c"));

        assertThat(Files.readString(dir.resolve("a/registrations.jsonl"))).isEqualTo(Files.readString(dir.resolve("b/registrations.jsonl")));
        assertThat(Files.readString(dir.resolve("a/registrations.jsonl"))).isNotEqualTo(Files.readString(dir.resolve("c/registrations.jsonl")));
    }

    @Test
    void realInputMessIsReadAsTheSameRegistrationsAndLinksAsTheCleanFile() throws Exception {
        new Generator(11, 0).write(400, dir);
        List<String> clean = Files.readAllLines(dir.resolve("registrations.jsonl"));
        List<String> messy = new ArrayList<>();
        for (int i = 0; i < clean.size(); i++) {
            messy.add(Messy.of(clean.get(i), i));
        }
        ObjectNode sixthLine = (ObjectNode) Json.MAPPER.readTree(messy.get(5));
        ((ObjectNode) sixthLine.get("person")).put("nationalId", "12345");
        messy.set(5, Json.MAPPER.writeValueAsString(sixthLine));
        // a byte-order mark before the file, as Windows tools write one, and before a line in the
        // middle and alone on the last line, as two such exports joined end to end carry them
        messy.set(0, "\uFEFF" + messy.get(0));
        messy.set(200, "\uFEFF" + messy.get(200));
        messy.add("\uFEFF");
        Files.write(dir.resolve("messy.jsonl"), messy);
        Vetting vetting = new Vetting(LinkageModel.defaults(), SignalWeights.defaults(), null, 0.75, false);

        Vetting.Summary fromClean = vetting.run(dir.resolve("registrations.jsonl"), dir.resolve("clean"), null, problem -> { });
        Vetting.Summary fromMessy = vetting.run(dir.resolve("messy.jsonl"), dir.resolve("messy"), null, problem -> { });

        assertThat(fromMessy.skipped()).isZero();
        assertThat(fromMessy.registrations()).isEqualTo(fromClean.registrations()).isEqualTo(clean.size());
        assertThat(Files.readAllLines(dir.resolve("messy/clusters.jsonl")))
                .as("blank strings, digits in Persian and Arabic-Indic, numbers as strings, letter case, byte-order marks, marks that show nothing, a name or country written twice change nothing")
                .containsExactlyInAnyOrderElementsOf(Files.readAllLines(dir.resolve("clean/clusters.jsonl")));
        List<String> assessedClean = Files.readAllLines(dir.resolve("clean/assessments.jsonl"));
        List<String> assessedMessy = Files.readAllLines(dir.resolve("messy/assessments.jsonl"));
        for (int i = 0; i < assessedClean.size(); i++) {
            if (i != 5) { // the sixth line's ID was broken on purpose
                assertThat(assessedMessy.get(i)).as("scores and reasons of line %d", i + 1).isEqualTo(assessedClean.get(i));
            }
        }
        assertThat(Files.readAllLines(dir.resolve("messy/unread.jsonl"))).singleElement().asString()
                .contains("\"line\":6", "\"field\":\"person.nationalId\"", "set aside").doesNotContain("12345");
        assertThat(fromMessy.reading()).anyMatch(line -> line.contains("set aside") && line.contains("person.nationalId: must be 10 digits"));
        String sixth = Json.MAPPER.readTree(messy.get(5)).path("id").asString();
        assertThat(Files.readAllLines(dir.resolve("messy/assessments.jsonl")).stream()
                .filter(line -> line.contains("\"" + sixth + "\"")).findFirst().orElseThrow())
                .contains("could not read person.nationalId: must be 10 digits");
    }

    /**
     * A partner's database export: one flat row per registration with its own column names
     * (given_name, Surname, date_of_birth as a date, Organisation …), ids as numbers, a family of
     * one as an object. Read under the schema's names, it links as the file it was made from.
     */
    @Test
    void aFlatExportWithItsOwnColumnNamesLinksAsTheCleanFile() throws Exception {
        new Generator(13, 0).write(400, dir);
        List<String> clean = Files.readAllLines(dir.resolve("registrations.jsonl"));
        List<String> flat = new ArrayList<>();
        for (String line : clean) {
            flat.add(Json.MAPPER.writeValueAsString(flatExport((ObjectNode) Json.MAPPER.readTree(line))));
        }
        Files.write(dir.resolve("flat.jsonl"), flat);
        Vetting vetting = new Vetting(LinkageModel.defaults(), SignalWeights.defaults(), null, 0.75, false);

        vetting.run(dir.resolve("registrations.jsonl"), dir.resolve("clean"), null, problem -> { });
        Vetting.Summary fromFlat = vetting.run(dir.resolve("flat.jsonl"), dir.resolve("flat"), null, problem -> { });

        assertThat(fromFlat.skipped()).isZero();
        assertThat(Files.readAllLines(dir.resolve("flat/unread.jsonl"))).isEmpty();
        assertThat(Files.readAllLines(dir.resolve("flat/clusters.jsonl")).stream().map(VettingTest::idsAsNumbers))
                .as("the same persons, under the numbers the export gave the ids")
                .containsExactlyInAnyOrderElementsOf(Files.readAllLines(dir.resolve("clean/clusters.jsonl")).stream()
                        .map(VettingTest::idsAsNumbers).toList());
        assertThat(fromFlat.linkedClusters()).isGreaterThan(40);
    }

    @Test
    void theSummaryNamesTheUnknownFieldsLeftOutShownSafelyAndFew() throws Exception {
        String line = "{\"schema\":\"safepassage.registration/1\",\"id\":\"r-%d\",\"receivedAt\":\"2026-01-14T09:00:00Z\","
                + "\"channel\":\"import\",\"language\":\"en\",\"person\":{\"givenName\":\"Behnam\",\"%s\":\"x\"},"
                + "\"service\":{\"organization\":\"IRGC\"},\"urgency\":\"low\"}";
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            lines.add(String.format(line, i, i < 60 ? "nickname" : i == 60 ? "x\\u001b[2J" : "column" + i));
        }
        Files.write(dir.resolve("unknown.jsonl"), lines);

        Vetting.Summary summary = new Vetting(LinkageModel.defaults(), SignalWeights.defaults(), null, 0.75, false)
                .run(dir.resolve("unknown.jsonl"), dir.resolve("out"), null, problem -> { });

        assertThat(summary.registrations()).isEqualTo(120);
        assertThat(summary.reading()).contains("  ignored           60  person.nickname: no field of the schema there, left out")
                .contains("  ignored            1  person.x?[2J: no field of the schema there, left out")
                .anyMatch(shown -> shown.matches("  ignored +[0-9]+  \\(more names\\): unknown fields, left out"))
                .noneMatch(shown -> shown.contains("\u001b"));
        assertThat(summary.reading().stream().filter(shown -> shown.startsWith("  ignored"))).as("a few names, the rest as one").hasSize(51);
    }

    private static final java.util.Map<String, String> EXPORT_COLUMNS = java.util.Map.of("givenName", "given_name",
            "familyName", "Surname", "fatherName", "Father's Name", "birthYear", "date_of_birth", "nationalId", "national_code",
            "organization", "Organisation", "yearsOfService", "years_of_service", "birthPlace", "place-of-birth");

    /** r-0000017 as 17, and the cluster's own id likewise, so that the two files' clusters compare. */
    private static String idsAsNumbers(String line) {
        return line.replaceAll("\"[a-z]-0*(\\d)", "\"$1");
    }

    private static ObjectNode flatExport(ObjectNode registration) {
        ObjectNode row = Json.MAPPER.createObjectNode();
        registration.properties().forEach(field -> {
            String name = field.getKey();
            if (name.equals("person") || name.equals("service")) {
                field.getValue().properties().forEach(inner -> {
                    JsonNode value = inner.getValue();
                    if (inner.getKey().equals("birthYear")) {
                        value = row.stringNode(value.asInt() + "-07-01");
                    }
                    row.set(EXPORT_COLUMNS.getOrDefault(inner.getKey(), inner.getKey()), value);
                });
            } else if (name.equals("id")) {
                row.put("id", Long.parseLong(field.getValue().asString().replaceAll("\\D", "")));
            } else if (name.equals("family") && field.getValue().size() == 1) {
                row.set("family", field.getValue().get(0));
            } else {
                row.set(name, field.getValue());
            }
        });
        return row;
    }

    @Test
    void theSummarySaysHowMuchOfWhereTheyServeTheTablesRead() throws Exception {
        String line = "{\"schema\":\"safepassage.registration/1\",\"id\":\"r-%d\",\"receivedAt\":\"2026-01-14T09:00:00Z\","
                + "\"channel\":\"web\",\"language\":\"fa\",\"person\":{\"givenName\":\"Behnam\",\"familyName\":\"Sohrabvand\"},"
                + "\"service\":{\"organization\":\"IRGC\",\"province\":\"%s\",\"branch\":\"%s\"},\"urgency\":\"low\"}";
        Files.write(dir.resolve("served.jsonl"), List.of(String.format(line, 1, "Tehran", "IRGC Ground Force"),
                String.format(line, 2, "استان فارس", ""), String.format(line, 3, "Springfield", "the third department"),
                String.format(line, 4, "", "نیروی قدس")));

        Vetting.Summary summary = new Vetting(LinkageModel.defaults(), SignalWeights.defaults(), null, 0.75, false)
                .run(dir.resolve("served.jsonl"), dir.resolve("served"), null, problem -> { });

        assertThat(summary.reading()).contains("where they serve: 3 registrations give a province, 2 (66.7 %) read as one of the 31; "
                + "3 give a branch, 2 (66.7 %) read as a branch of the table (the rest count only when written alike)");
    }

    @Test
    void aListLackingRequiredFieldsOnEveryLineIsToldWhichAndHowToAddThem() throws Exception {
        new Generator(3, 0).write(30, dir);
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("registrations.jsonl"))) {
            ObjectNode registration = (ObjectNode) Json.MAPPER.readTree(line);
            registration.remove(List.of("schema", "channel", "urgency"));
            lines.add(registration.toString());
        }
        Path list = Files.write(dir.resolve("list.jsonl"), lines);

        Vetting.Summary summary = new Vetting(LinkageModel.defaults(), SignalWeights.defaults(), null, 0.75, false)
                .run(list, dir.resolve("out"), null, problem -> { });

        assertThat(summary.skipped()).isEqualTo(lines.size());
        assertThat(summary.reading()).as("every cause counted, not only each line's first")
                .contains(String.format("  skipped    %,9d  schema: is required", lines.size()),
                        String.format("  skipped    %,9d  channel: is required", lines.size()),
                        String.format("  skipped    %,9d  urgency: is required", lines.size()))
                .anyMatch(line -> line.startsWith("  every skipped line lacks channel, schema, urgency")
                        && line.contains("jq -c '. + {\"channel\": \"import\", \"schema\": \"safepassage.registration/1\"}'")
                        && line.endsWith("urgency: only you can say, added the same way"));

        // a few stray lines lacking a field are no list made elsewhere: no advice
        List<String> mostlyGood = new ArrayList<>(Files.readAllLines(dir.resolve("registrations.jsonl")));
        mostlyGood.set(0, lines.get(0));
        Vetting.Summary stray = new Vetting(LinkageModel.defaults(), SignalWeights.defaults(), null, 0.75, false)
                .run(Files.write(dir.resolve("stray.jsonl"), mostlyGood), dir.resolve("out2"), null, problem -> { });
        assertThat(stray.skipped()).isEqualTo(1);
        assertThat(stray.reading()).noneMatch(line -> line.contains("every skipped line"));
    }

    @Test
    void writesTheSchemaOutputAndReportsMalformedLines() throws Exception {
        new Generator(3, 0).write(200, dir);
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("registrations.jsonl")));
        lines.add(3, "{not json");
        lines.add(7, "{\"schema\": \"safepassage.registration/1\", \"id\": \"r-x\", \"receivedAt\": \"2026-01-01T00:00:00Z\", "
                + "\"channel\": \"web\", \"language\": \"fa\", \"urgency\": \"whenever\"}");
        String repeated = Json.MAPPER.readTree(lines.get(10)).path("id").asString();
        lines.add(lines.get(10).replace("\"urgency\":\"", "\"narrative\":\"another registration under the same id\",\"urgency\":\""));
        Path input = Files.write(dir.resolve("input.jsonl"), lines);
        List<String> problems = new ArrayList<>();

        Vetting.Summary summary = new Vetting(LinkageModel.defaults(), SignalWeights.defaults(), null, 0.75, false)
                .run(input, dir.resolve("out"), null, problems::add);

        assertThat(summary.skipped()).isEqualTo(3);
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith("line 4: ");
        assertThat(problems.get(1)).startsWith("line 8: ").contains("urgency");
        assertThat(problems.get(2)).isEqualTo("line " + lines.size() + ": id: repeats the id of an earlier line (ids are unique in a file)");
        assertThat(Files.readAllLines(dir.resolve("out/assessments.jsonl")))
                .as("one assessment per id: the first line under it").filteredOn(l -> l.contains("\"" + repeated + "\"")).hasSize(1);
        List<String> unread = Files.readAllLines(dir.resolve("out/unread.jsonl"));
        assertThat(unread).anyMatch(l -> l.contains("\"line\":4") && l.contains("\"id\":null"))
                .as("a skipped line that gives an id is named by it too").anyMatch(l -> l.contains("\"line\":8") && l.contains("\"id\":\"r-x\""));
        Set<String> clustered = new HashSet<>();
        for (String line : Files.readAllLines(dir.resolve("out/clusters.jsonl"))) {
            JsonNode cluster = Json.MAPPER.readTree(line);
            assertThat(cluster.path("cluster").asString()).startsWith("c-");
            cluster.path("members").forEach(member -> assertThat(clustered.add(member.asString())).isTrue());
        }
        List<String> assessments = Files.readAllLines(dir.resolve("out/assessments.jsonl"));
        assertThat(clustered).hasSize(summary.registrations());
        assertThat(assessments).hasSize(summary.registrations());
        JsonNode first = Json.MAPPER.readTree(assessments.get(0));
        assertThat(first.propertyNames()).containsExactly("id", "cluster", "credibility", "plantedRisk", "priority",
                "campaign", "reasons");
        assertThat(first.path("campaign").isNull()).isTrue();
        assertThat(first.path("credibility").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void aLineInAnotherEncodingIsSkippedByItsIdAndTheRestIsVettedAndAFileInUtf16IsRefusedSayingSo() throws Exception {
        new Generator(4, 0).write(60, dir);
        List<String> lines = Files.readAllLines(dir.resolve("registrations.jsonl"));
        ObjectNode third = (ObjectNode) Json.MAPPER.readTree(lines.get(2));
        ((ObjectNode) third.get("person")).put("givenName", "علي").put("familyName", "كريمي");
        ObjectNode fifth = (ObjectNode) Json.MAPPER.readTree(lines.get(4));
        ((ObjectNode) fifth.get("person")).put("givenName", "Alí");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            // a partner's list where two lines were pasted from tools that saved them in Windows-1256 and Latin-1
            byte[] line = i == 2 ? Json.MAPPER.writeValueAsString(third).getBytes(Charset.forName("windows-1256"))
                    : i == 4 ? Json.MAPPER.writeValueAsString(fifth).getBytes(StandardCharsets.ISO_8859_1)
                    : lines.get(i).getBytes(StandardCharsets.UTF_8);
            file.write(line);
            file.write('\n');
        }
        Path input = Files.write(dir.resolve("mixed.jsonl"), file.toByteArray());
        List<String> problems = new ArrayList<>();
        Vetting vetting = new Vetting(LinkageModel.defaults(), SignalWeights.defaults(), null, 0.75, false);

        Vetting.Summary summary = vetting.run(input, dir.resolve("out"), null, problems::add);

        assertThat(summary.registrations()).isEqualTo(lines.size() - 2);
        assertThat(problems).containsExactly("line 3: (document): not valid UTF-8 (a line saved in another encoding, such as Windows-1256 or Latin-1)",
                "line 5: (document): not valid UTF-8 (a line saved in another encoding, such as Windows-1256 or Latin-1)");
        assertThat(Files.readAllLines(dir.resolve("out/unread.jsonl"))).as("named by their ids, which are ASCII")
                .anyMatch(l -> l.contains("\"line\":3") && l.contains("\"id\":\"" + third.path("id").asString() + "\""))
                .anyMatch(l -> l.contains("\"line\":5") && l.contains("\"id\":\"" + fifth.path("id").asString() + "\""));
        assertThat(Files.readString(dir.resolve("out/assessments.jsonl"))).doesNotContain(third.path("id").asString() + "\"")
                .as("never read with its letters replaced").doesNotContain("\uFFFD");

        Path utf16 = Files.write(dir.resolve("unicode.jsonl"), String.join("\r\n", lines).getBytes(StandardCharsets.UTF_16));
        assertThatThrownBy(() -> vetting.run(utf16, dir.resolve("out16"), null, problems::add))
                .isInstanceOf(IOException.class).hasMessageContaining("unicode.jsonl is in UTF-16").hasMessageContaining("save it as UTF-8");
    }

    @Test
    void aLineLongerThanAnyRegistrationIsSkippedAndTheRestIsVetted() throws Exception {
        new Generator(4, 0).write(20, dir);
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("registrations.jsonl")));
        lines.add(1, "{\"narrative\":\"" + "x".repeat(5 << 20) + "\"}");
        Path input = Files.write(dir.resolve("long.jsonl"), lines);
        List<String> problems = new ArrayList<>();

        Vetting.Summary summary = new Vetting(LinkageModel.defaults(), SignalWeights.defaults(), null, 0.75, false)
                .run(input, dir.resolve("out"), null, problems::add);

        assertThat(summary.registrations()).isEqualTo(lines.size() - 1);
        assertThat(problems).containsExactly("line 2: (document): longer than 4 MiB, more than any registration (not a file of JSON lines?)");
    }

    @Test
    void aJsonArrayOrRegistrationsWrittenOverSeveralLinesAreRefusedSayingHowToMakeJsonLines() throws Exception {
        new Generator(4, 0).write(20, dir);
        List<String> lines = Files.readAllLines(dir.resolve("registrations.jsonl"));
        Vetting vetting = new Vetting(LinkageModel.defaults(), SignalWeights.defaults(), null, 0.75, false);
        Path array = Files.writeString(dir.resolve("export.json"), "\uFEFF\n[" + String.join(",\n", lines) + "]\n");
        Path pretty = Files.writeString(dir.resolve("pretty.json"),
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.MAPPER.readTree(lines.get(0))) + "\n");

        assertThatThrownBy(() -> vetting.run(array, dir.resolve("a"), null, problem -> { })).isInstanceOf(IOException.class)
                .hasMessageContaining("export.json is a JSON array").hasMessageContaining("jq -c '.[]'");
        assertThatThrownBy(() -> vetting.run(pretty, dir.resolve("p"), null, problem -> { })).isInstanceOf(IOException.class)
                .hasMessageContaining("written over several lines").hasMessageContaining("jq -c .");
        assertThat(vetting.run(dir.resolve("registrations.jsonl"), dir.resolve("lines"), null, problem -> { }).registrations())
                .as("JSON lines are read as ever").isEqualTo(lines.size());
    }

    @Test
    void aFileCompressedWithGzipIsReadAsItsLinesAndOneCutShortIsRefusedSayingSo() throws Exception {
        new Generator(6, 0).write(300, dir);
        byte[] plain = Files.readAllBytes(dir.resolve("registrations.jsonl"));
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(compressed)) {
            gzip.write(plain);
        }
        // told by its first bytes, not its name: an export named .jsonl that was compressed
        Path gzip = Files.write(dir.resolve("export.jsonl"), compressed.toByteArray());
        Path cut = Files.write(dir.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(compressed.toByteArray(), compressed.size() / 2));
        Vetting vetting = new Vetting(LinkageModel.defaults(), SignalWeights.defaults(), null, 0.75, false);

        Vetting.Summary fromPlain = vetting.run(dir.resolve("registrations.jsonl"), dir.resolve("plain"), null, problem -> { });
        Vetting.Summary fromGzip = vetting.run(gzip, dir.resolve("gzip"), null, problem -> { });

        assertThat(fromGzip.skipped()).isZero();
        assertThat(fromGzip.registrations()).isEqualTo(fromPlain.registrations())
                .isEqualTo(Files.readAllLines(dir.resolve("registrations.jsonl")).size());
        assertThat(Files.readAllLines(dir.resolve("gzip/clusters.jsonl"))).isEqualTo(Files.readAllLines(dir.resolve("plain/clusters.jsonl")));
        assertThatThrownBy(() -> vetting.run(cut, dir.resolve("cut"), null, problem -> { })).isInstanceOf(IOException.class)
                .hasMessageContaining("cut.jsonl.gz is compressed with gzip and could not be decompressed to its end")
                .hasMessageContaining("is the file whole?");
    }

    @Test
    void aFileWithNoJsonObjectInItsFirstLinesIsRefusedAndOneWithSomeIsRead() throws Exception {
        new Generator(7, 0).write(5, dir);
        List<String> lines = Files.readAllLines(dir.resolve("registrations.jsonl"));
        Vetting vetting = new Vetting(LinkageModel.defaults(), SignalWeights.defaults(), null, 0.75, false);
        Path text = Files.writeString(dir.resolve("partner.txt"), "\uFEFFReza Karimi\r\nAli Ahmadi\r\n");
        List<String> junkFirst = new ArrayList<>(List.of("id,givenName", "", "not json"));
        junkFirst.addAll(lines);
        Path mixed = Files.write(dir.resolve("mixed.jsonl"), junkFirst);
        Path blank = Files.writeString(dir.resolve("blank.jsonl"), "\n \n\uFEFF\n");

        assertThatThrownBy(() -> vetting.run(text, dir.resolve("text"), null, problem -> { })).isInstanceOf(IOException.class)
                .hasMessageContaining("partner.txt holds no JSON object in its first 2 lines").hasMessageContaining("save it as CSV UTF-8");
        List<String> problems = new ArrayList<>();
        Vetting.Summary summary = vetting.run(mixed, dir.resolve("mixed"), null, problems::add);
        assertThat(summary.registrations()).as("lines that are objects are vetted; the others skipped one by one").isEqualTo(5);
        assertThat(problems).hasSize(2);
        assertThat(vetting.run(blank, dir.resolve("blank"), null, problem -> { }).registrations()).as("nothing to refuse").isZero();
    }

    @Test
    void plantedCampaignsScoreAboveGenuineRegistrationsAndStayOutOfTheirFiles() throws Exception {
        new Generator(5, 0.08).write(6000, dir);

        Vetting.Summary summary = new Vetting(LinkageModel.defaults(), SignalWeights.defaults(), null, 0.75, false)
                .run(dir.resolve("registrations.jsonl"), dir.resolve("out"), dir.resolve("truth.jsonl"), problem -> { });

        PlantedQuality planted = summary.plantedQuality();
        assertThat(planted.planted()).isGreaterThan(400);
        assertThat(planted.auc()).isGreaterThan(0.9);
        assertThat(planted.precisionAt100()).isGreaterThan(0.95);
        assertThat(summary.campaigns()).isPositive();
        List<String> campaigns = Files.readAllLines(dir.resolve("out/campaigns.jsonl"));
        assertThat(campaigns).isNotEmpty().allSatisfy(line -> assertThat(Json.MAPPER.readTree(line).path("members").size())
                .isGreaterThanOrEqualTo(3));
        // every assessment of a flood member names its campaign and the reasons that moved its risk
        Set<String> floods = new HashSet<>();
        for (String line : Files.readAllLines(dir.resolve("truth.jsonl"))) {
            JsonNode truth = Json.MAPPER.readTree(line);
            if ("flood".equals(truth.path("style").asString(null))) {
                floods.add(truth.path("id").asString());
            }
        }
        for (String line : Files.readAllLines(dir.resolve("out/assessments.jsonl"))) {
            JsonNode assessment = Json.MAPPER.readTree(line);
            if (floods.contains(assessment.path("id").asString())) {
                assertThat(assessment.path("plantedRisk").asDouble()).isGreaterThanOrEqualTo(0.5);
                assertThat(assessment.path("campaign").asString(null)).startsWith("k-");
                assertThat(assessment.path("reasons").toString()).contains("risk: ");
            }
        }
    }
}
