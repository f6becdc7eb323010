package org.safepassage.vetting.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.vetting.generate.Generator;
import org.safepassage.vetting.independent.IndependentCorpus;

/** Linking records of both corpora (the standard generator's, then the independent one's, read as `vet` reads it), indexed in that order. */
final class RecordsOfBothCorpora {

    private RecordsOfBothCorpora() {
    }

    static List<PersonRecord> of(long standardSeed, int standardPersons, long independentSeed, int independentPersons, Path dir)
            throws IOException {
        List<PersonRecord> records = new ArrayList<>();
        new Generator(standardSeed).generate(standardPersons).forEach(g -> records.add(PersonRecord.of(records.size(), g.registration())));
        new IndependentCorpus(independentSeed, 0.05).write(independentPersons, dir);
        for (String line : Files.readAllLines(dir.resolve("registrations.jsonl"))) {
            records.add(PersonRecord.of(records.size(), RegistrationParser.read(line).registration()));
        }
        return records;
    }
}
