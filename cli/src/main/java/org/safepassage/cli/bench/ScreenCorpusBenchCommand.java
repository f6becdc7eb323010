package org.safepassage.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.safepassage.core.json.Json;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.vetting.run.Subject;
import org.safepassage.vetting.screen.ReferenceEntity;
import org.safepassage.vetting.screen.ReferenceLists;
import org.safepassage.vetting.screen.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/**
 * {@code safepassage bench screen-corpus}: screening measured on a generated corpus, where the
 * truth says who is who. Every second person with two named registrations or more is put on a
 * reference list under their first registration's name and birth year; their other registrations
 * are screened and should find them; the registrations of people with one registration are
 * screened and should find no listed person (those that do are namesakes or near-namesakes: the
 * false alarms a case officer would have to clear).
 */
@Command(name = "screen-corpus", mixinStandardHelpOptions = true,
        description = "Screening on a generated corpus: listed people found again, unlisted people mistaken for them.")
public final class ScreenCorpusBenchCommand implements Callable<Integer> {

    private static final String LISTED = "listed:";

    @Parameters(index = "0", paramLabel = "CORPUS", description = "A folder from ./run generate: registrations.jsonl and truth.jsonl.")
    Path corpus;

    @Option(names = "--background", description = "Reference lists that stand beside the listed people, as on a real list; repeatable.")
    List<Path> background = List.of();

    @Override
    public Integer call() throws IOException {
        Path registrations = corpus.resolve("registrations.jsonl");
        Path truth = corpus.resolve("truth.jsonl");
        for (Path file : List.of(registrations, truth)) {
            if (!Files.isRegularFile(file)) {
                System.err.println("error: no file at " + file + " (make a corpus with ./run generate --out " + corpus + ")");
                return 2;
            }
        }
        Map<String, String> personOf = new HashMap<>();
        Set<String> planted = new HashSet<>();
        try (BufferedReader reader = Files.newBufferedReader(truth, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode entry = Json.MAPPER.readTree(line);
                    personOf.put(entry.path("id").asString(), entry.path("person").asString());
                    if (entry.path("planted").asBoolean(false)) {
                        planted.add(entry.path("id").asString());
                    }
                }
            }
        }
        Map<String, List<Subject>> byPerson = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(registrations, StandardCharsets.UTF_8)) {
            String line;
            int index = 0;
            while ((line = reader.readLine()) != null) {
                Subject subject;
                try {
                    subject = Subject.of(index, RegistrationParser.read(line));
                } catch (RuntimeException unreadable) {
                    continue;
                }
                index++;
                String id = subject.record().id();
                if (planted.contains(id) || !personOf.containsKey(id) || subject.record().given().folded().isEmpty()
                        || subject.record().family().folded().isEmpty()) {
                    continue;
                }
                byPerson.computeIfAbsent(personOf.get(id), person -> new ArrayList<>()).add(subject);
            }
        }
        List<ReferenceEntity> entities = new ArrayList<>();
        for (Path list : background) {
            entities.addAll(ReferenceLists.read(list, System.err::println));
        }
        List<Query> listedPeoplesOthers = new ArrayList<>();
        List<Query> unlisted = new ArrayList<>();
        int peopleWithSeveral = 0;
        int listed = 0;
        for (Map.Entry<String, List<Subject>> person : byPerson.entrySet()) {
            List<Subject> own = person.getValue();
            if (own.size() >= 2 && peopleWithSeveral++ % 2 == 0) {
                listed++;
                Subject first = own.get(0);
                entities.add(new ReferenceEntity(LISTED + person.getKey(), List.of(first.fullName()),
                        first.record().birthYear() == null ? List.of() : List.of(first.record().birthYear()), List.of(), List.of(),
                        "listed"));
                for (Subject other : own.subList(1, own.size())) {
                    listedPeoplesOthers.add(new Query(LISTED + person.getKey(), other));
                }
            } else if (own.size() == 1) {
                unlisted.add(new Query(null, own.get(0)));
            }
        }
        Screener screener = new Screener(entities);
        long start = System.nanoTime();
        long found = listedPeoplesOthers.parallelStream().filter(query -> screen(screener, query).stream()
                .anyMatch(match -> match.entity().equals(query.listedAs()))).count();
        long falseAlarms = unlisted.parallelStream().filter(query -> screen(screener, query).stream()
                .anyMatch(match -> match.entity().startsWith(LISTED))).count();
        double seconds = (System.nanoTime() - start) / 1e9;
        double recall = found / (double) Math.max(1, listedPeoplesOthers.size());
        double precision = found / (double) Math.max(1, found + falseAlarms);
        System.out.printf(Locale.ROOT, "%,d people listed under their first registration's name; %,d background entities%n",
                listed, entities.size() - listed);
        System.out.printf(Locale.ROOT, "their other registrations that find them: %,d of %,d (recall %.3f)%n",
                found, listedPeoplesOthers.size(), recall);
        System.out.printf(Locale.ROOT, "registrations of unlisted people that hit a listed person: %,d of %,d (%.3f)%n",
                falseAlarms, unlisted.size(), falseAlarms / (double) Math.max(1, unlisted.size()));
        System.out.printf(Locale.ROOT, "precision %.3f, recall %.3f, F1 %.4f; %,.0f queries/s%n", precision, recall,
                precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
                (listedPeoplesOthers.size() + unlisted.size()) / seconds);
        return 0;
    }

    private static List<Screener.Match> screen(Screener screener, Query query) {
        return screener.screen(query.subject().fullName(), query.subject().record().birthYear(), Screener.DEFAULT_THRESHOLD);
    }

    /** A registration screened; {@code listedAs} the entity it should find, or null for an unlisted person. */
    private record Query(String listedAs, Subject subject) {
    }
}
