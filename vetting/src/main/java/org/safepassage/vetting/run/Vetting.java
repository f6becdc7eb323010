package org.safepassage.vetting.run;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.vetting.assess.SignalWeights;
import org.safepassage.vetting.campaign.Campaign;
import org.safepassage.vetting.link.Clusters;
import org.safepassage.vetting.link.LinkWeights;
import org.safepassage.vetting.screen.Screener;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code vet}: reads registrations (JSON lines, schema v1), vets them ({@link VettingEngine}), and
 * writes {@code clusters.jsonl} and {@code assessments.jsonl} as the schema fixes them, and
 * {@code campaigns.jsonl} with the campaigns found.
 * A malformed line is reported with its number and reason and skipped.
 */
public final class Vetting {

    private static final int CHUNK = 20_000;
    /** Output keeps nulls ("campaign": null), as the schema shows. */
    private static final JsonMapper OUTPUT = JsonMapper.builder().build();

    private final VettingEngine engine;
    private final boolean progress;

    public Vetting(LinkWeights weights, SignalWeights signalWeights, Screener screener, double screeningThreshold,
                   boolean progress) {
        this.engine = new VettingEngine(weights, signalWeights, screener, screeningThreshold);
        this.progress = progress;
    }

    /** What a run did, for the command to print; the qualities are null without a truth file. */
    public record Summary(int registrations, int skipped, int clusters, int linkedClusters, int campaigns,
                          PairwiseQuality quality, PlantedQuality plantedQuality, long readMillis, long linkMillis,
                          long writeMillis) {
    }

    public Summary run(Path input, Path outDir, Path truth, Consumer<String> problems) throws IOException {
        long start = System.nanoTime();
        int[] skipped = {0};
        List<Subject> subjects = read(input, problem -> {
            skipped[0]++;
            problems.accept(problem);
        });
        long read = System.nanoTime();
        VettingEngine.Result result = engine.run(subjects);
        long linked = System.nanoTime();
        write(outDir, subjects, result);
        long written = System.nanoTime();
        PairwiseQuality quality = null;
        PlantedQuality plantedQuality = null;
        if (truth != null) {
            Truth labels = Truth.read(truth, subjects, problems);
            String[] predicted = new String[subjects.size()];
            for (int i = 0; i < predicted.length; i++) {
                predicted[i] = result.clusters().clusterId(i);
            }
            quality = PairwiseQuality.of(predicted, labels.person());
            plantedQuality = labels.anyPlanted() ? PlantedQuality.of(result.plantedRisk(), labels.planted(), predicted) : null;
        }
        Clusters clusters = result.clusters();
        int linkedClusters = (int) clusters.members().stream().filter(m -> m.length > 1).count();
        return new Summary(subjects.size(), skipped[0], clusters.members().size(), linkedClusters, result.campaigns().size(),
                quality, plantedQuality, (read - start) / 1_000_000, (linked - read) / 1_000_000, (written - linked) / 1_000_000);
    }

    private List<Subject> read(Path input, Consumer<String> problems) throws IOException {
        List<Subject> subjects = new ArrayList<>();
        long size = Files.size(input);
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
             ProgressBar bar = progressBar("reading", size)) {
            List<String> chunk = new ArrayList<>(CHUNK);
            int lineNumber = 0;
            String line;
            while (true) {
                line = reader.readLine();
                if (line != null) {
                    chunk.add(line);
                    bar.stepBy(line.length() + 1L);
                }
                if (chunk.size() == CHUNK || (line == null && !chunk.isEmpty())) {
                    parse(chunk, lineNumber, subjects, problems);
                    lineNumber += chunk.size();
                    chunk.clear();
                }
                if (line == null) {
                    break;
                }
            }
        }
        return subjects;
    }

    private void parse(List<String> lines, int firstLineNumber, List<Subject> subjects, Consumer<String> problems) {
        Object[] parsed = new Object[lines.size()];
        IntStream.range(0, lines.size()).parallel().forEach(i -> {
            String line = lines.get(i);
            if (line.isBlank()) {
                parsed[i] = null;
                return;
            }
            try {
                parsed[i] = RegistrationParser.parse(line);
            } catch (RuntimeException e) {
                parsed[i] = "line " + (firstLineNumber + i + 1) + ": " + reason(e);
            }
        });
        List<Registration> good = new ArrayList<>();
        for (Object result : parsed) {
            if (result instanceof Registration registration) {
                good.add(registration);
            } else if (result instanceof String problem) {
                problems.accept(problem);
            }
        }
        int base = subjects.size();
        Subject[] made = new Subject[good.size()];
        IntStream.range(0, good.size()).parallel().forEach(i -> made[i] = Subject.of(base + i, good.get(i)));
        subjects.addAll(List.of(made));
    }

    private void write(Path outDir, List<Subject> subjects, VettingEngine.Result result) throws IOException {
        Files.createDirectories(outDir);
        Clusters clusters = result.clusters();
        try (BufferedWriter out = Files.newBufferedWriter(outDir.resolve("clusters.jsonl"), StandardCharsets.UTF_8)) {
            for (int[] members : clusters.members()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("cluster", clusters.clusterId(members[0]));
                line.put("members", IntStream.of(members).mapToObj(i -> subjects.get(i).record().id()).toList());
                out.write(OUTPUT.writeValueAsString(line));
                out.newLine();
            }
        }
        String[] lines = new String[subjects.size()];
        IntStream.range(0, subjects.size()).parallel()
                .forEach(i -> lines[i] = OUTPUT.writeValueAsString(result.assessments().get(i)));
        try (BufferedWriter out = Files.newBufferedWriter(outDir.resolve("assessments.jsonl"), StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
                out.newLine();
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(outDir.resolve("campaigns.jsonl"), StandardCharsets.UTF_8)) {
            for (Campaign campaign : result.campaigns()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("campaign", campaign.id());
                line.put("kinds", campaign.kinds());
                line.put("people", campaign.people());
                line.put("summary", campaign.summary());
                line.put("members", IntStream.of(campaign.members()).mapToObj(i -> subjects.get(i).record().id()).toList());
                out.write(OUTPUT.writeValueAsString(line));
                out.newLine();
            }
        }
    }

    private ProgressBar progressBar(String task, long max) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(" MB", 1 << 20);
        if (!progress) {
            builder.setConsumer(new DelegatingProgressBarConsumer(text -> { }));
        }
        return builder.build();
    }

    private static String reason(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
