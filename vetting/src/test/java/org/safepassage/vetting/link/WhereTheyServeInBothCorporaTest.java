package org.safepassage.vetting.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.json.Json;
import org.safepassage.vetting.generate.Generator;
import org.safepassage.vetting.independent.IndependentCorpus;
import tools.jackson.databind.JsonNode;

/**
 * Both corpora write the province of service their own way (the word for province or not, English
 * names, romanisations word by word, capitals, typos, transfers); the gazetteer must read what
 * they write as the province the person serves in, or linking gains nothing from it.
 */
class ProvincesInBothCorporaTest {

    @TempDir
    Path dir;

    @Test
    void theStandardCorpusProvincesAreReadAsTheProvinceThePersonServesIn() throws Exception {
        new Generator(4).write(3_000, dir);
        assertProvincesRead();
    }

    @Test
    void theIndependentCorpusProvincesAreReadAsTheProvinceThePersonServesIn() throws Exception {
        new IndependentCorpus(4, 0.05).write(3_000, dir);
        assertProvincesRead();
    }

    private void assertProvincesRead() throws Exception {
        Map<String, String> personOf = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("truth.jsonl"))) {
            JsonNode truth = Json.MAPPER.readTree(line);
            if (!truth.path("planted").asBoolean()) {
                personOf.put(truth.path("id").asString(), truth.path("person").asString());
            }
        }
        Map<String, List<String>> provincesOfPerson = new HashMap<>();
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
            String written = registration.path("service").path("province").asString("");
            if (written.isBlank()) {
                continue;
            }
            given++;
            String province = Provinces.find(written);
            if (province != null) {
                read++;
                provincesOfPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(province);
            }
        }
        int pairs = 0;
        int agreeing = 0;
        for (List<String> provinces : provincesOfPerson.values()) {
            for (int i = 0; i < provinces.size(); i++) {
                for (int j = i + 1; j < provinces.size(); j++) {
                    pairs++;
                    agreeing += provinces.get(i).equals(provinces.get(j)) ? 1 : 0;
                }
            }
        }

        assertThat(given).as("registrations that give a province").isBetween(registrations / 3, registrations * 3 / 4);
        assertThat(read).as("provinces the gazetteer reads, of %d given", given).isGreaterThan(given * 97 / 100);
        // a transfer between registrations, or a typo that makes another province, are the exceptions
        assertThat(agreeing).as("a person's registrations naming one province, of %d pairs", pairs).isGreaterThan(pairs * 9 / 10);
    }
}
