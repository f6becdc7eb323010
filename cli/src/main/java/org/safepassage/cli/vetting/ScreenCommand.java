package org.safepassage.cli.vetting;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.safepassage.core.json.Json;
import org.safepassage.core.json.JsonLines;
import org.safepassage.vetting.names.BirthYears;
import org.safepassage.vetting.screen.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code safepassage screen}: names against reference lists, in batch. */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Screen names (any script) against reference lists. Query lines: {\"id\": \"q1\", \"name\": \"…\", "
                + "\"birthYear\": 1948}; output lines: {\"id\": \"q1\", \"matches\": [{\"entity\", \"score\", \"reasons\"}]}, "
                + "best first, at most 10.")
public final class ScreenCommand implements Callable<Integer> {

    @Option(names = "--reference", required = true, description = "Reference list (FollowTheMoney JSON lines or CSV); repeatable.")
    List<Path> references;

    @Option(names = "--queries", required = true, description = "Queries, one JSON object per line.")
    Path queries;

    @Option(names = "--out", required = true, description = "Hits, one JSON line per query.")
    Path out;

    @Option(names = "--threshold", defaultValue = "0.75", description = "Lowest score reported (default ${DEFAULT-VALUE}, recommended).")
    double threshold;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Screener screener = VetCommand.loadReferences(references, System.err::println);
        long loaded = System.nanoTime();
        List<Query> parsed = new ArrayList<>();
        JsonLines.read(queries, (number, node) -> {
            String id = node.path("id").asString("");
            String name = node.path("name").asString("");
            if (id.isEmpty() || name.isBlank()) {
                System.err.println("line " + number + ": a query needs \"id\" and \"name\"");
                return;
            }
            Integer year = node.path("birthYear").isNumber() ? BirthYears.gregorian(node.path("birthYear").asInt()) : null;
            parsed.add(new Query(id, name, year));
        }, System.err::println);
        long screenStart = System.nanoTime();
        String[] lines = new String[parsed.size()];
        IntStream.range(0, parsed.size()).parallel().forEach(i -> {
            Query query = parsed.get(i);
            List<Map<String, Object>> matches = screener.screen(query.name(), query.birthYear(), threshold).stream()
                    .map(match -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("entity", match.entity());
                        m.put("score", match.score());
                        m.put("reasons", match.reasons());
                        return m;
                    }).toList();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("id", query.id());
            result.put("matches", matches);
            lines[i] = Json.MAPPER.writeValueAsString(result);
        });
        long screened = System.nanoTime();
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                writer.write(line);
                writer.newLine();
            }
        }
        double screenSeconds = (screened - screenStart) / 1e9;
        System.out.printf("Screened %,d queries against %,d reference entities in %.2f s (%,.0f queries/s); "
                        + "loading the lists took %.1f s; total %.1f s%n", parsed.size(), screener.size(), screenSeconds,
                parsed.size() / Math.max(screenSeconds, 1e-9), (loaded - start) / 1e9, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private record Query(String id, String name, Integer birthYear) {
    }
}
