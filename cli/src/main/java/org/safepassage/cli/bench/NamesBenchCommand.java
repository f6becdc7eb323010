package org.safepassage.cli.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.safepassage.vetting.screen.ReferenceEntity;
import org.safepassage.vetting.screen.ReferenceLists;
import org.safepassage.vetting.screen.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code safepassage bench names}: how well screening tells the same person's name from another's,
 * on labelled name pairs (a CSV with {@code name1}, {@code name2} and {@code is_match} columns, as
 * OpenSanctions' name-comparison cases are kept; rows whose {@code schema} is given and is not
 * Person are left out). Each second name becomes a reference entity, among the optional
 * background lists that give the words their rarity as on a real list; each first name is
 * screened as a query, and the pair counts as a match when the second name's entity is among the
 * matches screening reports (its best ten) at or above the threshold: a case officer sees no more.
 */
@Command(name = "names", mixinStandardHelpOptions = true,
        description = "Precision, recall and F1 of name screening on labelled name pairs.")
public final class NamesBenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PAIRS.csv", description = "Labelled pairs: name1, name2, is_match (true/false).")
    Path pairs;

    @Option(names = "--background", description = "Reference lists indexed beside the pairs' names, for realistic word rarity; repeatable.")
    List<Path> background = List.of();

    @Option(names = "--threshold", defaultValue = "" + Screener.DEFAULT_THRESHOLD,
            description = "Score from which a pair counts as a match (default ${DEFAULT-VALUE}, the screening default).")
    double threshold;

    @Option(names = "--misses", description = "Also list every pair scored on the wrong side of the threshold.")
    boolean misses;

    @Override
    public Integer call() throws IOException {
        for (Path file : concat(pairs, background)) {
            if (!Files.isRegularFile(file)) {
                System.err.println("error: no file at " + file);
                return 2;
            }
        }
        List<Pair> cases;
        try {
            cases = read(pairs);
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        if (cases.isEmpty()) {
            System.err.println("error: " + pairs + " holds no person name pairs (columns name1, name2, is_match)");
            return 2;
        }
        List<ReferenceEntity> entities = new ArrayList<>();
        for (Path list : background) {
            entities.addAll(ReferenceLists.read(list, System.err::println));
        }
        Map<String, String> entityOfName = new LinkedHashMap<>();
        for (Pair pair : cases) {
            entityOfName.computeIfAbsent(pair.name2(), name -> {
                String id = "pair-" + (entityOfName.size() + 1);
                entities.add(new ReferenceEntity(id, List.of(name), List.of(), List.of(), List.of(), pairs.getFileName().toString()));
                return id;
            });
        }
        Screener screener = new Screener(entities);
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int trueNegatives = 0;
        List<String> wrong = new ArrayList<>();
        for (Pair pair : cases) {
            String entity = entityOfName.get(pair.name2());
            double score = screener.screen(pair.name1(), null, 0.0).stream().filter(m -> m.entity().equals(entity))
                    .mapToDouble(Screener.Match::score).findFirst().orElse(0.0);
            boolean predicted = score >= threshold;
            if (predicted && pair.match()) {
                truePositives++;
            } else if (predicted) {
                falsePositives++;
            } else if (pair.match()) {
                falseNegatives++;
            } else {
                trueNegatives++;
            }
            if (predicted != pair.match()) {
                wrong.add(String.format(Locale.ROOT, "%s %.3f  %s  |  %s", pair.match() ? "missed" : "false ", score,
                        pair.name1(), pair.name2()));
            }
        }
        double precision = truePositives / (double) Math.max(1, truePositives + falsePositives);
        double recall = truePositives / (double) Math.max(1, truePositives + falseNegatives);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT, "%,d person name pairs (%,d the same person), %,d background entities; threshold %.2f%n",
                cases.size(), truePositives + falseNegatives, entities.size() - entityOfName.size(), threshold);
        System.out.printf(Locale.ROOT, "precision %.3f, recall %.3f, F1 %.3f (TP %d, FP %d, FN %d, TN %d)%n",
                precision, recall, f1, truePositives, falsePositives, falseNegatives, trueNegatives);
        if (misses) {
            wrong.forEach(System.out::println);
        }
        return 0;
    }

    private static List<Path> concat(Path first, List<Path> rest) {
        List<Path> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static List<Pair> read(Path file) throws IOException {
        List<Pair> cases = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                Map<String, String> columns = row.toMap();
                String schema = columns.getOrDefault("schema", "Person");
                String name1 = columns.get("name1");
                String name2 = columns.get("name2");
                String label = columns.getOrDefault("is_match", "");
                if (!"Person".equals(schema)) {
                    continue;
                }
                if (name1 == null || name2 == null || name1.isBlank() || name2.isBlank()
                        || !(label.equalsIgnoreCase("true") || label.equalsIgnoreCase("false"))) {
                    throw new IOException(file + " line " + (row.getRecordNumber() + 1)
                            + ": a pair needs name1, name2 and is_match true or false");
                }
                cases.add(new Pair(name1, name2, label.equalsIgnoreCase("true")));
            }
        }
        return cases;
    }

    private record Pair(String name1, String name2, boolean match) {
    }
}
