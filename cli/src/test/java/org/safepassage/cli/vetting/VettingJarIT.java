package org.safepassage.cli.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The operator's jar, as built, screening against a reference list in CSV: the libraries packed
 * with it must be the ones the code was written against (a commons-io older than commons-csv
 * needs once broke this in the jar alone, while every test on the build's classpath passed).
 */
class VettingJarIT {

    private static final Path JAR = Path.of("target", "safepassage.jar");

    @TempDir
    Path dir;

    @Test
    void screensACsvListAndScoresAPersianNameWrittenJoinedOrApartAsItsLatinForm() throws Exception {
        Files.writeString(dir.resolve("list.csv"), "id,name,birth_date\nx1,علی‌رضا محمدی‌نژاد,1970\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("queries.jsonl"), String.join("\n",
                "{\"id\": \"latin\", \"name\": \"Alireza Mohammadinejad\"}",
                "{\"id\": \"apart\", \"name\": \"علیرضا محمدی نژاد\"}",
                "{\"id\": \"joined\", \"name\": \"علیرضا محمدینژاد\"}") + "\n", StandardCharsets.UTF_8);

        Process screen = new ProcessBuilder(java(), "-jar", JAR.toString(), "screen", "--reference", dir.resolve("list.csv").toString(),
                "--queries", dir.resolve("queries.jsonl").toString(), "--out", dir.resolve("hits.jsonl").toString())
                .redirectErrorStream(true).start();
        String printed = new String(screen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(screen.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(screen.exitValue()).as(printed).isZero();
        List<JsonNode> hits = Files.readAllLines(dir.resolve("hits.jsonl")).stream().map(new ObjectMapper()::readTree).toList();
        assertThat(hits).hasSize(3);
        double latin = hits.get(0).get("matches").get(0).get("score").asDouble();
        assertThat(latin).isGreaterThanOrEqualTo(0.75);
        for (JsonNode hit : hits) {
            assertThat(hit.get("matches").get(0).get("entity").asString()).isEqualTo("x1");
            assertThat(hit.get("matches").get(0).get("score").asDouble()).as(hit.get("id").asString()).isEqualTo(latin);
        }
    }

    @Test
    void aCorpusRewrittenWithTheCountryAfterItsBirthPlacesIsVettedAsTheOriginal() throws Exception {
        assertThat(run("generate", "--corpus", "independent", "--persons", "300", "--seed", "4", "--out",
                dir.resolve("original").toString()).printed()).contains("Wrote");
        Ran rewritten = run("rewrite", "--in", dir.resolve("original").toString(), "--as", "country-after-birth-place",
                "--share", "0.5", "--out", dir.resolve("copy").toString());
        assertThat(rewritten.printed()).containsPattern("Rewrote [1-9][0-9]* of [0-9,]+ registrations as country-after-birth-place");
        assertThat(Files.readString(dir.resolve("copy/registrations.jsonl"))).contains(", Iran\"");

        Ran original = run("vet", dir.resolve("original/registrations.jsonl").toString(), "--out", dir.resolve("vetted").toString(),
                "--truth", dir.resolve("original/truth.jsonl").toString());
        Ran copy = run("vet", dir.resolve("copy/registrations.jsonl").toString(), "--out", dir.resolve("vetted-copy").toString(),
                "--truth", dir.resolve("copy/truth.jsonl").toString());

        assertThat(Files.readAllLines(dir.resolve("vetted-copy/assessments.jsonl")))
                .containsExactlyElementsOf(Files.readAllLines(dir.resolve("vetted/assessments.jsonl")));
        assertThat(copy.printed().lines().filter(line -> line.contains("F1")).toList())
                .isEqualTo(original.printed().lines().filter(line -> line.contains("F1")).toList()).isNotEmpty();
        Ran unknown = run("rewrite", "--in", dir.resolve("original").toString(), "--as", "capitals", "--out", dir.resolve("x").toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.printed()).contains("no rewrite called 'capitals'");
    }

    /** What a run of the jar printed, and how it exited. */
    private record Ran(int exit, String printed) {
    }

    private static Ran run(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Ran ran = new Ran(process.exitValue(), printed);
        if (!arguments[0].equals("rewrite") || !printed.contains("no rewrite called")) {
            assertThat(ran.exit()).as(printed).isZero();
        }
        return ran;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
