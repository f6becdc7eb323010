package org.safepassage.vetting.independent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.json.Json;
import org.safepassage.vetting.assess.SignalWeights;
import org.safepassage.vetting.link.LinkageModel;
import org.safepassage.vetting.run.Vetting;
import tools.jackson.databind.JsonNode;

class IndependentCorpusTest {

    @TempDir
    Path dir;

    @Test
    void theSecondCorpusIsVettedInFullAndScoredAgainstItsTruth() throws Exception {
        int written = new IndependentCorpus(3, 0.05).write(3_000, dir);
        Vetting.Summary summary = new Vetting(LinkageModel.defaults(), SignalWeights.defaults(), null, 0.75, false)
                .run(dir.resolve("registrations.jsonl"), dir.resolve("out"), dir.resolve("truth.jsonl"), problem -> { });

        // every line is a registration, however messy (blanks as "", digits in any script, numbers as text)
        assertThat(summary.registrations()).isEqualTo(written);
        assertThat(summary.skipped()).isZero();
        // measured at this size: precision 0.99, recall 0.89 (docs/vetting.md has both corpora at full size)
        assertThat(summary.quality().precision()).isGreaterThan(0.95);
        assertThat(summary.quality().recall()).isGreaterThan(0.8);
        assertThat(summary.plantedQuality().auc()).isGreaterThan(0.85);
        // each flood (one text lightly reworded and trimmed) and each swarm (nearly empty, in a burst) found as one campaign
        assertThat(summary.campaignWholeness().sharesByStyle().get("flood")).hasSize(4).allMatch(share -> share >= 0.8);
        assertThat(summary.campaignWholeness().sharesByStyle().get("swarm")).hasSize(2).allMatch(share -> share >= 0.8);
    }

    @Test
    void aCopyOfSomeonesPublicFactsEarnsNoCredibilityFromTheirFile() throws Exception {
        new IndependentCorpus(5, 0.1).write(3_000, dir);
        new Vetting(LinkageModel.defaults(), SignalWeights.defaults(), null, 0.75, false)
                .run(dir.resolve("registrations.jsonl"), dir.resolve("out"), dir.resolve("truth.jsonl"), problem -> { });
        Map<String, JsonNode> truth = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("truth.jsonl"))) {
            JsonNode node = Json.MAPPER.readTree(line);
            truth.put(node.path("id").asString(), node);
        }
        Set<String> genuineClusters = new HashSet<>();
        List<JsonNode> assessments = Files.readAllLines(dir.resolve("out/assessments.jsonl")).stream()
                .map(Json.MAPPER::readTree).toList();
        for (JsonNode a : assessments) {
            if (!truth.get(a.path("id").asString()).path("planted").asBoolean()) {
                genuineClusters.add(a.path("cluster").asString());
            }
        }
        List<JsonNode> mergedCopies = assessments.stream()
                .filter(a -> truth.get(a.path("id").asString()).path("style").asString("").equals("public-copy"))
                .filter(a -> genuineClusters.contains(a.path("cluster").asString())).toList();

        assertThat(mergedCopies).isNotEmpty(); // what anyone could know links them: the point is what that link is worth
        for (JsonNode copy : mergedCopies) {
            String reasons = copy.path("reasons").toString();
            assertThat(reasons).contains("linked only on what anyone could know: unconfirmed")
                    .doesNotContain("registrations of the same person (");
        }
    }

    @Test
    void theSameSeedWritesTheSameCorpus() throws Exception {
        new IndependentCorpus(9, 0.05).write(300, dir.resolve("a"));
        new IndependentCorpus(9, 0.05).write(300, dir.resolve("b"));
        new IndependentCorpus(10, 0.05).write(300, dir.resolve("c"));

        String a = Files.readString(dir.resolve("a/registrations.jsonl"));
        assertThat(a).isEqualTo(Files.readString(dir.resolve("b/registrations.jsonl")))
                .isNotEqualTo(Files.readString(dir.resolve("c/registrations.jsonl")));
    }
}
