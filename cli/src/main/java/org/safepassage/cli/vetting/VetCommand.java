package org.safepassage.cli.vetting;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.safepassage.cli.LocalTimesZone;
import org.safepassage.vetting.run.WeightsFile;
import org.safepassage.vetting.run.Vetting;
import org.safepassage.vetting.screen.ReferenceEntity;
import org.safepassage.vetting.screen.ReferenceLists;
import org.safepassage.vetting.screen.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code safepassage vet}: link registrations into persons, screen them, score them. */
@Command(name = "vet", mixinStandardHelpOptions = true,
        description = "Link registrations (JSON lines, schema v1) into persons, screen them against reference lists, find "
                + "planted campaigns and score every registration; writes clusters.jsonl, assessments.jsonl and "
                + "campaigns.jsonl. A line that cannot be a registration is skipped and a broken optional field set aside (schema reading rules 1.1), both reported by line in unread.jsonl and counted by cause.")
public final class VetCommand implements Callable<Integer> {

    private static final int SHOWN_PROBLEMS = 50;

    @Parameters(index = "0", paramLabel = "INPUT.jsonl", description = "Registrations, one JSON document per line (or a "
            + "partner's list as CSV with a header naming its columns; either may be gzipped).")
    Path input;

    @Option(names = "--out", required = true, description = "Folder for clusters.jsonl and assessments.jsonl.")
    Path out;

    @Option(names = "--reference", description = "Reference list to screen against (FollowTheMoney JSON lines or CSV); repeatable.")
    List<Path> references = new ArrayList<>();

    @Option(names = "--threshold", defaultValue = "0.75", description = "Screening score threshold (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--link-margin", description = "Evidence beyond the prior odds a link needs, in bits "
            + "(the linkage model's pair.margin, 1 unless the weights file sets it; higher: fewer, surer links).")
    Double linkMargin;

    @Option(names = "--weights", paramLabel = "FILE", description = "Weights (properties): signals (template=0.9, burst=0.6, "
            + "…, suspectRisk=0.7) and levels of the linkage model (nationalId.conflict=-16, givenName.exact=0.9, …); what "
            + "the file leaves out keeps its default (docs/vetting.md has both tables).")
    Path weights;

    @Option(names = "--local-times-at", paramLabel = "ZONE", converter = LocalTimesZone.class, description = LocalTimesZone.DESCRIPTION)
    ZoneId localTimes;

    @Option(names = "--truth", description = "truth.jsonl from generate: also print pairwise precision, recall and F1, "
            + "and the ROC AUC and precision at K of planted risk.")
    Path truth;

    @Override
    public Integer call() throws Exception {
        AtomicInteger problems = new AtomicInteger();
        Consumer<String> report = problem -> {
            if (problems.incrementAndGet() <= SHOWN_PROBLEMS) {
                System.err.println(problem);
            }
        };
        Screener screener = references.isEmpty() ? null : loadReferences(references, report);
        long start = System.nanoTime();
        WeightsFile file = weights == null ? WeightsFile.defaults() : WeightsFile.read(weights);
        Vetting.Summary summary = new Vetting(linkMargin == null ? file.linkage() : file.linkage().withMargin(linkMargin), file.signals(), screener, threshold,
                System.console() != null).withLocalTimesAt(localTimes).run(input, out, truth, report);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (problems.get() > SHOWN_PROBLEMS) {
            System.err.println("… and " + (problems.get() - SHOWN_PROBLEMS) + " more problems");
        }
        System.out.printf("Vetted %,d registrations (%,d lines skipped) into %,d persons, %,d of them with more than one "
                        + "registration, and %,d campaigns, in %.1f s (read %.1f s, link, screen and score %.1f s, write %.1f s)%n",
                summary.registrations(), summary.skipped(), summary.clusters(), summary.linkedClusters(), summary.campaigns(),
                seconds,
                summary.readMillis() / 1e3, summary.linkMillis() / 1e3, summary.writeMillis() / 1e3);
        summary.reading().forEach(System.out::println);
        System.out.println("Wrote " + out.resolve("clusters.jsonl") + ", " + out.resolve("assessments.jsonl") + ", "
                + out.resolve("campaigns.jsonl") + " and " + out.resolve("unread.jsonl") + " (what was skipped or set aside, by line)");
        if (summary.quality() != null) {
            System.out.println(summary.quality());
        }
        if (summary.plantedQuality() != null) {
            System.out.println(summary.plantedQuality());
            System.out.println(summary.campaignWholeness());
        }
        return 0;
    }

    static Screener loadReferences(List<Path> files, Consumer<String> report) throws IOException {
        List<ReferenceEntity> entities = new ArrayList<>();
        for (Path file : files) {
            entities.addAll(ReferenceLists.read(file, report));
        }
        return new Screener(entities);
    }
}
