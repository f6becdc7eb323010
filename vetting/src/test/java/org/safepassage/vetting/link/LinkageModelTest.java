package org.safepassage.vetting.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.Service;
import org.safepassage.core.registration.Urgency;
import org.safepassage.vetting.run.WeightsFile;

class LinkageModelTest {

    /** docs/vetting.md holds the model's table between these markers; -Dupdate.docs=true writes it there. */
    private static final Path DOCS = Path.of("..", "docs", "vetting.md");
    private static final String START = "<!-- linkage model: generated from linkage-model.tsv by LinkageModelTest -->";
    private static final String END = "<!-- end of linkage model -->";

    @TempDir
    Path dir;

    private static PersonRecord record(int index, String nationalId) {
        return record(index, "Kaveh", "Sohrabi", nationalId);
    }

    private static PersonRecord record(int index, String given, String family, String nationalId) {
        return PersonRecord.of(index, new Registration(Registration.SCHEMA, "r-" + index, Instant.parse("2026-01-01T00:00:00Z"),
                Channel.WEB, "fa", new Person(given, family, null, 1980, null, nationalId),
                new Service(Organization.IRGC, null, null, null, null, null, null), List.of(), null, null, Urgency.LOW, List.of()));
    }

    @Test
    void aWeightsFileChangesALevelOfTheModelAndTheComparisonFollows() throws Exception {
        Path file = dir.resolve("weights.properties");
        Files.writeString(file, "nationalId.conflict=-30\ntemplate=0.5\n");
        WeightsFile weights = WeightsFile.read(file);
        PersonRecord a = record(0, "0012345679");
        PersonRecord b = record(1, "0084575948"); // both valid, different
        FieldFrequencies frequencies = new FieldFrequencies();
        frequencies.addAll(List.of(a, b));

        double byDefault = new PairComparator(frequencies, LinkageModel.defaults()).compare(a, b);
        double overridden = new PairComparator(frequencies, weights.linkage()).compare(a, b);

        assertThat(overridden).isEqualTo(byDefault - 14);
        assertThat(weights.signals().weight(org.safepassage.vetting.assess.Signal.TEMPLATE)).isEqualTo(0.5);
        assertThat(LinkageModel.defaults().value(LinkageModel.Field.NATIONAL_ID, "conflict")).isEqualTo(-16);
    }

    @Test
    void aWeightsFileNamingWhatTheModelDoesNotHaveIsRefusedWithItsName() throws Exception {
        Path unknown = dir.resolve("unknown.properties");
        Files.writeString(unknown, "nationalId.bogus=1\n");
        Path probability = dir.resolve("probability.properties");
        Files.writeString(probability, "givenName.exact=3\n");
        Path word = dir.resolve("word.properties");
        Files.writeString(word, "birthYear.near=minus one\n");

        assertThatThrownBy(() -> WeightsFile.read(unknown)).hasMessageContaining("unknown.properties")
                .hasMessageContaining("nationalId.bogus is not in the linkage model");
        assertThatThrownBy(() -> WeightsFile.read(probability)).hasMessageContaining("givenName.exact is a probability");
        assertThatThrownBy(() -> WeightsFile.read(word)).hasMessageContaining("birthYear.near is not a number");
    }

    @Test
    void theReasonsOfAComparisonAreItsEvidence() {
        PersonRecord a = record(0, "0012345679");
        PersonRecord b = record(1, "0012345679");
        FieldFrequencies frequencies = new FieldFrequencies();
        frequencies.addAll(List.of(a, b));
        PairComparator comparator = new PairComparator(frequencies, LinkageModel.defaults());
        List<Evidence> evidence = new java.util.ArrayList<>();

        double total = comparator.compare(a, b, evidence);

        assertThat(evidence.stream().mapToDouble(Evidence::weight).sum()).isEqualTo(total, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(evidence).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo(LinkageModel.Field.NATIONAL_ID);
            assertThat(e.level()).isEqualTo("exact");
            assertThat(e.weight()).isEqualTo(14);
        });
        assertThat(comparator.reasons(a, b)).isEqualTo(evidence.stream().map(Evidence::reason).toList());
    }

    /**
     * Names read the other way round weigh as the field each was read as; their evidence must say
     * what was counted, also when a weights file makes the given and family names weigh apart.
     */
    @Test
    void namesReadTheOtherWayRoundShowTheWeightsTheyWereCountedAt() throws Exception {
        Path file = dir.resolve("weights.properties");
        Files.writeString(file, "givenName.exact=0.5\nfamilyName.exact=0.95\n");
        LinkageModel model = WeightsFile.read(file).linkage();
        PersonRecord a = record(0, "Kaveh", "Sohrabi", null);
        PersonRecord b = record(1, "Sohrami", "Kaveh", null); // one name the same, the other a slip apart
        List<PersonRecord> records = new java.util.ArrayList<>(List.of(a, b));
        for (int i = 2; i < 8; i++) {
            records.add(record(i, "Kaveh", "Family" + (char) ('a' + i), null)); // Kaveh common, Sohrabi rare
        }
        FieldFrequencies frequencies = new FieldFrequencies();
        frequencies.addAll(records);
        PairComparator comparator = new PairComparator(frequencies, model);
        List<Evidence> evidence = new java.util.ArrayList<>();

        double total = comparator.compare(a, b, evidence);

        assertThat(evidence).anySatisfy(e -> assertThat(e.reason()).isEqualTo("given and family names written the other way round"));
        assertThat(evidence.stream().mapToDouble(Evidence::weight).sum()).isEqualTo(total, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theDocumentationShowsTheModelAsItIs() throws Exception {
        String table = table(LinkageModel.defaults());
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        int start = docs.indexOf(START);
        int end = docs.indexOf(END);
        if (Boolean.getBoolean("update.docs")) {
            docs = start < 0 ? docs + "\n" + START + "\n" + table + END + "\n"
                    : docs.substring(0, start + START.length()) + "\n" + table + docs.substring(end);
            Files.writeString(DOCS, docs, StandardCharsets.UTF_8);
            start = docs.indexOf(START);
            end = docs.indexOf(END);
        }
        assertThat(start).as("docs/vetting.md has the linkage model's table (mvn test -Dupdate.docs=true writes it)")
                .isNotNegative();
        assertThat(docs.substring(start + START.length() + 1, end)).isEqualTo(table);
    }

    private static String table(LinkageModel model) {
        String rows = model.levels().stream().map(level -> String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |",
                level.field().key() + (model.isPrivate(level.field()) ? " (private)" : ""), level.level(), value(level),
                level.how().name().toLowerCase(Locale.ROOT), level.meaning())).collect(Collectors.joining("\n"));
        return "| field | level | value | how | meaning |\n|---|---|---|---|---|\n" + rows + "\n";
    }

    private static String value(LinkageModel.Level level) {
        return level.value() == Math.rint(level.value()) ? String.valueOf((long) level.value()) : String.valueOf(level.value());
    }
}
