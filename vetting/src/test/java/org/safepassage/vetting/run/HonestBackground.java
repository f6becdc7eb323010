package org.safepassage.vetting.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.safepassage.core.json.Json;
import org.safepassage.vetting.assess.SignalWeights;
import org.safepassage.vetting.generate.Generator;
import org.safepassage.vetting.link.LinkageModel;
import tools.jackson.databind.JsonNode;

/**
 * Honest registrations made by the generator (none planted), for a test to send a campaign among
 * them and vet the whole file: the lines, which the test adds to, and when the first arrived.
 */
final class HonestBackground {

    private final Path dir;
    final List<String> lines;
    final Instant firstArrival;

    private HonestBackground(Path dir, List<String> lines, Instant firstArrival) {
        this.dir = dir;
        this.lines = lines;
        this.firstArrival = firstArrival;
    }

    static HonestBackground generated(Path dir, long seed, int persons) throws IOException {
        new Generator(seed, 0).write(persons, dir);
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("registrations.jsonl")));
        Instant first = lines.stream().map(line -> Instant.parse(Json.MAPPER.readTree(line).path("receivedAt").asString()))
                .min(Instant::compareTo).orElseThrow();
        return new HonestBackground(dir, lines, first);
    }

    /** Vets the lines as they are now, with the default model and weights; the campaigns found. */
    List<JsonNode> vetCampaigns() throws IOException {
        Path registrations = dir.resolve("registrations.jsonl");
        Files.write(registrations, lines);
        new Vetting(LinkageModel.defaults(), SignalWeights.defaults(), null, 0.75, false)
                .run(registrations, dir.resolve("out"), null, problem -> { });
        return written("campaigns.jsonl");
    }

    /** The assessments the last {@link #vetCampaigns} wrote. */
    List<JsonNode> assessments() throws IOException {
        return written("assessments.jsonl");
    }

    private List<JsonNode> written(String file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("out").resolve(file))) {
            nodes.add(Json.MAPPER.readTree(line));
        }
        return nodes;
    }
}
