package org.safepassage.cli.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.safepassage.vetting.link.FieldFrequencies;
import org.safepassage.vetting.link.compare.Levels;
import org.safepassage.vetting.link.compare.NameSpellings;
import org.safepassage.vetting.names.PersianNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code safepassage bench transliteration}: how the names' keys meet a name's Persian spelling
 * and its Latin form, on a list of such pairs (persian-names-latin, a public list of 26,689 given
 * names, has columns {@code name} and {@code english_name}): the share of pairs at each level a
 * name's comparison reaches, as linking weighs them (the same name, one slip, a short name's vowel,
 * short spellings a letter apart, different). Nothing is learned from the list here: it measures
 * the rules of {@code LatinSpelling} and {@code PersianNames} against real people's spellings (one
 * rule, the v after an opening vowel, was mended from its misses: docs/vetting.md).
 */
@Command(name = "transliteration", mixinStandardHelpOptions = true,
        description = "How Persian spellings of names meet their Latin forms: the share of pairs at each level linking weighs.")
public final class TransliterationBenchCommand implements Callable<Integer> {

    /** The levels in the order they are printed, with what each means for linking. */
    private static final Map<String, String> LEVELS = new LinkedHashMap<>();

    static {
        LEVELS.put(Levels.EXACT, "the same name (full agreement)");
        LEVELS.put(Levels.ONE_SLIP, "one slip apart (counts 0.6 of it)");
        LEVELS.put(Levels.NEAR, "a short name's vowel apart (0.6)");
        LEVELS.put(Levels.INITIAL, "an initial (neither way)");
        LEVELS.put(Levels.SHORT_SLIP, "short spellings a letter apart (neither way)");
        LEVELS.put(Levels.DIFFERS, "different names (counts against)");
    }

    @Parameters(index = "0", paramLabel = "PAIRS.csv", description = "Names in Persian script beside their Latin form, with a header.")
    Path pairs;

    @Option(names = "--persian-column", defaultValue = "name", description = "The column of Persian spellings (default ${DEFAULT-VALUE}).")
    String persianColumn;

    @Option(names = "--latin-column", defaultValue = "english_name",
            description = "The column of Latin spellings (default ${DEFAULT-VALUE}).")
    String latinColumn;

    @Option(names = "--misses", defaultValue = "0", description = "Also list this many pairs that do not reach one slip.")
    int misses;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(pairs)) {
            System.err.println("error: no file at " + pairs);
            return 2;
        }
        try {
            return measure();
        } catch (MalformedInputException e) {
            System.err.println("error: " + pairs + " is not UTF-8: save it as CSV UTF-8");
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            System.err.println("error: " + pairs + " is not a CSV with a header: " + e.getMessage());
        }
        return 2;
    }

    private int measure() throws IOException {
        NameSpellings spellings = new NameSpellings(new FieldFrequencies());
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        List<String> missed = new ArrayList<>();
        int total = 0;
        try (Reader in = Files.newBufferedReader(pairs, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            var records = format.parse(in);
            if (!records.getHeaderMap().containsKey(persianColumn) || !records.getHeaderMap().containsKey(latinColumn)) {
                System.err.println("error: " + pairs + " has no columns " + persianColumn + " and " + latinColumn
                        + " (its header: " + String.join(", ", records.getHeaderNames()) + "); name them with --persian-column and --latin-column");
                return 2;
            }
            for (CSVRecord record : records) {
                String persian = record.get(persianColumn).strip();
                String latin = record.get(latinColumn).strip();
                if (persian.isEmpty() || latin.isEmpty()) {
                    continue;
                }
                String level = spellings.level(PersianNames.key(persian), PersianNames.key(latin));
                if (level == null) {
                    continue; // a spelling with no letter a name's key keeps
                }
                total++;
                byLevel.merge(level, 1, Integer::sum);
                if (!Levels.EXACT.equals(level) && !Levels.ONE_SLIP.equals(level) && missed.size() < misses) {
                    missed.add(persian + " / " + latin + ": " + level);
                }
            }
        }
        if (total == 0) {
            System.err.println("error: " + pairs + " holds no pair with both spellings");
            return 2;
        }
        System.out.printf("%,d pairs of a Persian spelling and its Latin form%n", total);
        for (Map.Entry<String, String> level : LEVELS.entrySet()) {
            int count = byLevel.getOrDefault(level.getKey(), 0);
            System.out.printf("  %-46s %7.2f %%  (%,d)%n", level.getValue(), 100.0 * count / total, count);
        }
        missed.forEach(pair -> System.out.println("  missed: " + pair));
        return 0;
    }
}
