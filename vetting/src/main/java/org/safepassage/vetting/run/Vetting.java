package org.safepassage.vetting.run;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.safepassage.core.json.ByteLines;
import org.safepassage.core.registration.RegistrationReading;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.vetting.assess.SignalWeights;
import org.safepassage.vetting.campaign.Campaign;
import org.safepassage.vetting.link.Clusters;
import org.safepassage.vetting.link.LinkageModel;
import org.safepassage.vetting.screen.Screener;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code vet}: reads registrations (JSON lines, schema v1), vets them ({@link VettingEngine}), and
 * writes {@code clusters.jsonl} and {@code assessments.jsonl} as the schema fixes them, and
 * {@code campaigns.jsonl} with the campaigns found.
 * Registrations are read under the schema's reading rules: a line that cannot be a registration is
 * skipped and an optional field that breaks its rule is set aside, each reported with its line in
 * {@code unread.jsonl} and counted by cause ({@link ReadingReport}).
 */
public final class Vetting {

    private static final int CHUNK = 20_000;
    /**
     * Writes the output lines, keeping nulls ("campaign": null) as the schema shows.
     */
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Bytes gathered before each write to the output file. */
    private static final int WRITE_BUFFER = 1 << 20;

    private final VettingEngine engine;
    private final boolean progress;
    /** The zone of times of arrival written without one; null when such a line is skipped. */
    private final ZoneId localTimes;

    public Vetting(LinkageModel model, SignalWeights signalWeights, Screener screener, double screeningThreshold,
                   boolean progress) {
        this(new VettingEngine(model, signalWeights, screener, screeningThreshold), progress, null);
    }

    private Vetting(VettingEngine engine, boolean progress, ZoneId localTimes) {
        this.engine = engine;
        this.progress = progress;
        this.localTimes = localTimes;
    }

    /**
     * This vetting, reading a time of arrival written without a zone at {@code localTimes} (the zone
     * the list's sender says its times are at; null to skip such lines, as the schema wants a zone).
     */
    public Vetting withLocalTimesAt(ZoneId localTimes) {
        return new Vetting(engine, progress, localTimes);
    }

    /** What a run did, for the command to print; the qualities are null without a truth file. */
    public record Summary(int registrations, int skipped, int clusters, int linkedClusters, int campaigns,
                          PairwiseQuality quality, PlantedQuality plantedQuality, CampaignWholeness campaignWholeness,
                          long readMillis, long linkMillis,
                          long writeMillis, List<String> reading) {
    }

    public Summary run(Path input, Path outDir, Path truth, Consumer<String> problems) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(outDir);
        List<Subject> subjects;
        ReadingReport report;
        try (ReadingReport reading = new ReadingReport(outDir.resolve("unread.jsonl"))) {
            subjects = read(input, reading, problems);
            report = reading;
        }
        long read = System.nanoTime();
        VettingEngine.Result result = engine.run(subjects);
        long linked = System.nanoTime();
        write(outDir, subjects, result);
        long written = System.nanoTime();
        PairwiseQuality quality = null;
        PlantedQuality plantedQuality = null;
        CampaignWholeness wholeness = null;
        if (truth != null) {
            Truth labels = Truth.read(truth, subjects, problems);
            String[] predicted = new String[subjects.size()];
            for (int i = 0; i < predicted.length; i++) {
                predicted[i] = result.clusters().clusterId(i);
            }
            quality = PairwiseQuality.of(predicted, labels.person());
            plantedQuality = labels.anyPlanted() ? PlantedQuality.of(result.plantedRisk(), labels.planted(), predicted) : null;
            String[] predictedCampaign = new String[subjects.size()];
            for (var campaign : result.campaigns()) {
                for (int m : campaign.members()) {
                    predictedCampaign[m] = campaign.id();
                }
            }
            wholeness = labels.anyPlanted() ? CampaignWholeness.of(labels.campaign(), labels.style(), predictedCampaign) : null;
        }
        Clusters clusters = result.clusters();
        int linkedClusters = (int) clusters.members().stream().filter(m -> m.length > 1).count();
        return new Summary(subjects.size(), report.skippedLines(), clusters.members().size(), linkedClusters, result.campaigns().size(),
                quality, plantedQuality, wholeness, (read - start) / 1_000_000, (linked - read) / 1_000_000, (written - linked) / 1_000_000, reading(report, subjects));
    }

    /** What was skipped or set aside, then how much of where people serve the tables read. */
    private static List<String> reading(ReadingReport report, List<Subject> subjects) {
        List<String> lines = new ArrayList<>(report.summary());
        lines.add(WhereTheyServeReport.line(subjects));
        return List.copyOf(lines);
    }

    private List<Subject> read(Path input, ReadingReport report, Consumer<String> problems) throws IOException {
        List<Subject> subjects = new ArrayList<>();
        ExecutorService reading = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "vet-reading");
            thread.setDaemon(true);
            return thread;
        });
        // read as bytes, each line decoded on its own: a line in another encoding is skipped, not the file
        try (RegistrationsFile file = RegistrationsFile.open(input);
             ProgressBar bar = progressBar("reading", file.size())) {
            ByteLines lines = new ByteLines(file.bytes()).refusingUtf16(input.toString());
            if (file.csv()) {
                report.readingCsv();
            }
            // the next chunk is read while this one is parsed
            Future<List<byte[]>> next = reading.submit(() -> chunk(lines, file, bar));
            int lineNumber = 0;
            Set<String> ids = new HashSet<>();
            while (true) {
                List<byte[]> chunk = next.get();
                if (chunk.isEmpty()) {
                    break;
                }
                if (lineNumber == 0) {
                    RegistrationsFile.refuseWhatIsNotJsonLines(input, chunk);
                }
                next = reading.submit(() -> chunk(lines, file, bar));
                parse(chunk, lineNumber, ids, subjects, report, problems);
                lineNumber += chunk.size();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + input, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("cannot read " + input, e.getCause());
        } finally {
            reading.shutdownNow();
        }
        return subjects;
    }

    /** Up to {@link #CHUNK} lines; empty at the end of the file. */
    private static List<byte[]> chunk(ByteLines lines, RegistrationsFile file, ProgressBar bar) throws IOException {
        List<byte[]> chunk = new ArrayList<>(CHUNK);
        try {
            byte[] line;
            while (chunk.size() < CHUNK && (line = lines.next()) != null) {
                chunk.add(line);
            }
            bar.stepTo(file.position());
        } catch (IOException e) {
            throw file.failure(e);
        }
        return chunk;
    }

    /**
     * Parses a chunk of lines into subjects; {@code ids} holds the ids read so far, so that a line
     * repeating one (a list exported twice into one file) is skipped as the schema says (ids are
     * unique in a file) rather than vetted as a second registration under the same id.
     */
    private void parse(List<byte[]> lines, int firstLineNumber, Set<String> ids, List<Subject> subjects,
                       ReadingReport report, Consumer<String> problems) {
        RegistrationLine[] parsed = new RegistrationLine[lines.size()];
        Function<String, RegistrationReading> reader = localTimes == null ? RegistrationParser::read
                : json -> RegistrationParser.read(json, localTimes);
        IntStream.range(0, lines.size()).parallel().forEach(i -> parsed[i] = RegistrationLine.of(lines.get(i), reader));
        List<RegistrationReading> good = new ArrayList<>();
        for (int i = 0; i < parsed.length; i++) {
            int lineNumber = firstLineNumber + i + 1;
            if (parsed[i] instanceof RegistrationLine.Read read && !ids.add(read.reading().registration().id())) {
                parsed[i] = new RegistrationLine.Skipped(read.reading().registration().id(), RegistrationLine.REPEATED_ID);
            }
            if (parsed[i] instanceof RegistrationLine.Read read) {
                RegistrationReading reading = read.reading();
                good.add(reading);
                report.setAside(lineNumber, reading.registration().id(), reading.setAside());
                report.ignored(reading.ignoredFields());
            } else if (parsed[i] instanceof RegistrationLine.Skipped skipped) {
                report.skipped(lineNumber, skipped.id(), skipped.why());
                problems.accept("line " + lineNumber + ": " + skipped.reason());
            }
        }
        int base = subjects.size();
        Subject[] made = new Subject[good.size()];
        IntStream.range(0, good.size()).parallel().forEach(i -> made[i] = Subject.of(base + i, good.get(i)));
        subjects.addAll(List.of(made));
    }

    private void write(Path outDir, List<Subject> subjects, VettingEngine.Result result) throws IOException {
        Clusters clusters = result.clusters();
        writeLines(outDir.resolve("clusters.jsonl"), clusters.members().size(), c -> {
            int[] members = clusters.members().get(c);
            return new ClusterLine(clusters.clusterId(members[0]), IntStream.of(members).mapToObj(i -> subjects.get(i).record().id()).toList());
        });
        writeLines(outDir.resolve("assessments.jsonl"), subjects.size(), i -> result.assessments().get(i));
        List<Campaign> campaigns = result.campaigns();
        writeLines(outDir.resolve("campaigns.jsonl"), campaigns.size(), c -> {
            Campaign campaign = campaigns.get(c);
            return new CampaignLine(campaign.id(), campaign.kinds(), campaign.people(), campaign.summary(),
                    IntStream.of(campaign.members()).mapToObj(i -> subjects.get(i).record().id()).toList());
        });
    }

    /** A line of clusters.jsonl (a record, not a map: its serialiser is found once, not for each value of each line). */
    private record ClusterLine(String cluster, List<String> members) {
    }

    /** A line of campaigns.jsonl, as {@link ClusterLine}. */
    private record CampaignLine(String campaign, List<String> kinds, int people, String summary, List<String> members) {
    }

    /**
     * JSON lines, in order: made on every core a chunk at a time as UTF-8 bytes (encoded there, not
     * by the one thread that writes), written as each chunk is ready.
     */
    private static void writeLines(Path file, int count, IntFunction<Object> lineAt) throws IOException {
        byte[][] chunk = new byte[Math.min(count, CHUNK)][];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), WRITE_BUFFER)) {
            for (int from = 0; from < count; from += CHUNK) {
                int start = from;
                int size = Math.min(CHUNK, count - from);
                IntStream.range(0, size).parallel().forEach(i -> chunk[i] = JSON.writeValueAsBytes(lineAt.apply(start + i)));
                for (int i = 0; i < size; i++) {
                    out.write(chunk[i]);
                    out.write('\n');
                }
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
}
