package org.safepassage.vetting.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.json.Json;
import org.safepassage.vetting.consistency.Branches;
import org.safepassage.vetting.generate.Generator;
import org.safepassage.vetting.independent.IndependentCorpus;
import org.safepassage.vetting.names.Provinces;
import tools.jackson.databind.JsonNode;

/**
 * Both corpora write the province and the branch a person serves in, each its own way (the word
 * for province or not, English names, romanisations, acronyms, capitals, the unit written for the
 * branch, typos, transfers); the tables must read what they write as where the person serves, or
 * linking gains nothing from them.
 */
class WhereTheyServeInBothCorporaTest {

    @TempDir
    Path dir;

    @Test
    void theStandardCorpusIsReadAsWhereThePersonServes() throws Exception {
        new Generator(4).write(3_000, dir);
        assertRead("province", Provinces::find, 0.97, 0.3);
        assertRead("branch", Branches.get()::find, 0.97, 0.15);
    }

    @Test
    void theIndependentCorpusIsReadAsWhereThePersonServes() throws Exception {
        new IndependentCorpus(4, 0.05).write(3_000, dir);
        assertRead("province", Provinces::find, 0.97, 0.3);
        // a unit written where the form asks for the branch is no branch
        assertRead("branch", Branches.get()::find, 0.9, 0.15);
    }

    private void assertRead(String field, Function<String, String> reader, double readShare, double givenShare) throws Exception {
        Map<String, String> personOf = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("truth.jsonl"))) {
            JsonNode truth = Json.MAPPER.readTree(line);
            if (!truth.path("planted").asBoolean()) {
                personOf.put(truth.path("id").asString(), truth.path("person").asString());
            }
        }
        Map<String, List<String>> readOfPerson = new HashMap<>();
        int registrations = 0;
        int given = 0;
        int read = 0;
        for (String line : Files.readAllLines(dir.resolve("registrations.jsonl"))) {
            JsonNode registration = Json.MAPPER.readTree(line);
            String person = personOf.get(registration.path("id").asString());
            if (person == null) {
                continue;
            }
            registrations++;
            String written = registration.path("service").path(field).asString("");
            if (written.isBlank()) {
                continue;
            }
            given++;
            String value = reader.apply(written);
            if (value != null) {
                read++;
                readOfPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(value);
            }
        }
        int pairs = 0;
        int agreeing = 0;
        for (List<String> values : readOfPerson.values()) {
            for (int i = 0; i < values.size(); i++) {
                for (int j = i + 1; j < values.size(); j++) {
                    pairs++;
                    agreeing += values.get(i).equals(values.get(j)) ? 1 : 0;
                }
            }
        }

        assertThat(given).as("registrations that give the %s", field).isBetween((int) (registrations * givenShare), registrations * 3 / 4);
        assertThat(read).as("%s read, of %d given", field, given).isGreaterThan((int) (given * readShare));
        // a transfer between registrations, or a typo that makes another one, are the exceptions
        assertThat(agreeing).as("a person's registrations naming one %s, of %d pairs", field, pairs).isGreaterThan(pairs * 9 / 10);
    }
}
