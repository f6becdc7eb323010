package org.safepassage.vetting.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.json.Json;
import org.safepassage.vetting.assess.SignalWeights;
import org.safepassage.vetting.independent.IndependentCorpus;
import org.safepassage.vetting.link.LinkageModel;
import org.safepassage.vetting.run.Vetting;
import tools.jackson.databind.node.ObjectNode;

class RewriteTest {

    @TempDir
    Path dir;

    private static ObjectNode registration(String person) {
        return (ObjectNode) Json.MAPPER.readTree("{\"schema\":\"safepassage.registration/1\",\"id\":\"r-1\","
                + "\"receivedAt\":\"2026-01-14T09:00:00Z\",\"channel\":\"web\",\"language\":\"fa\",\"person\":" + person
                + ",\"service\":{\"organization\":\"IRGC\",\"rank\":\"سرهنگ دوم\"},\"narrative\":\"من افسر هستم\",\"urgency\":\"low\"}");
    }

    private static String person(ObjectNode registration, String field) {
        return registration.path("person").path(field).asString();
    }

    @Test
    void eachRewriteWritesWhatItSaysAndLeavesTheRestAsItWas() {
        Random random = new Random(1);
        ObjectNode persian = registration("{\"givenName\":\"علی\",\"familyName\":\"کریمی\",\"fatherName\":\"حسین\",\"birthPlace\":\"اهواز\"}");
        ObjectNode latin = registration("{\"givenName\":\"Mohammad Reza\",\"familyName\":\"Karimi\",\"fatherName\":\"Hossein\","
                + "\"birthPlace\":\"Rasht\"}");

        ObjectNode marked = persian.deepCopy();
        assertThat(Rewrite.INVISIBLE_MARKS.apply(marked, random)).isTrue();
        assertThat(person(marked, "givenName")).contains("\u200B").isNotEqualTo("علی");
        assertThat(marked.path("narrative").asString()).contains("\u200B");
        ObjectNode stretched = persian.deepCopy();
        assertThat(Rewrite.TATWEEL.apply(stretched, random)).isTrue();
        assertThat(person(stretched, "familyName").replace("\u0640", "")).isEqualTo("کریمی");
        ObjectNode titled = latin.deepCopy();
        assertThat(Rewrite.FATHER_TITLES.apply(titled, random)).isTrue();
        assertThat(person(titled, "fatherName")).isIn("Seyed Hossein", "Haj Hossein");
        ObjectNode late = persian.deepCopy();
        assertThat(Rewrite.FATHER_HONORIFICS.apply(late, random)).isTrue();
        assertThat(person(late, "fatherName")).isIn("مرحوم حسین", "کربلایی حسین", "مشهدی حسین");
        ObjectNode whole = latin.deepCopy();
        assertThat(Rewrite.WHOLE_NAME_IN_GIVEN.apply(whole, random)).isTrue();
        assertThat(person(whole, "givenName")).isEqualTo("Mohammad Reza Karimi");
        assertThat(person(whole, "familyName")).isEqualTo("Karimi");
        ObjectNode first = latin.deepCopy();
        assertThat(Rewrite.FAMILY_NAME_FIRST.apply(first, random)).isTrue();
        assertThat(person(first, "givenName")).isEqualTo("Karimi Mohammad Reza");
        assertThat(person(first, "familyName")).isEmpty();
        ObjectNode abroad = persian.deepCopy();
        assertThat(Rewrite.COUNTRY_AFTER_BIRTH_PLACE.apply(abroad, random)).isTrue();
        assertThat(person(abroad, "birthPlace")).isEqualTo("اهواز، ایران");
        ObjectNode kind = persian.deepCopy();
        assertThat(Rewrite.PLACE_KIND_WORDS.apply(kind, random)).isTrue();
        assertThat(person(kind, "birthPlace")).isIn("شهرستان اهواز", "روستای اهواز");
        ObjectNode initial = latin.deepCopy();
        assertThat(Rewrite.GIVEN_NAME_INITIALS.apply(initial, random)).isTrue();
        assertThat(person(initial, "givenName")).isEqualTo("M.");
        assertThat(Rewrite.GIVEN_NAME_INITIALS.apply(persian.deepCopy(), random)).as("Persian script has no initials to write").isFalse();
        ObjectNode province = latin.deepCopy();
        assertThat(Rewrite.PROVINCE_FOR_BIRTH_PLACE.apply(province, random)).isTrue();
        assertThat(person(province, "birthPlace")).isEqualTo("Gilan");
        ObjectNode tehrani = registration("{\"givenName\":\"Ali\",\"birthPlace\":\"Tehran\"}");
        assertThat(Rewrite.PROVINCE_FOR_BIRTH_PLACE.apply(tehrani, random)).as("a province named after its city says the same").isFalse();
        assertThat(Rewrite.WHOLE_NAME_IN_GIVEN.apply(tehrani, random)).as("no family name to repeat").isFalse();
        ObjectNode retyped = persian.deepCopy();
        retyped.put("narrative", "من افسر اطلاعات استان هستم و اسناد بازداشت‌های زمستان گذشته را دارم و می‌خواهم با خانواده‌ام بروم.");
        String written = retyped.path("narrative").asString();
        assertThat(Rewrite.RETYPED_TEXTS.apply(retyped, random)).isTrue();
        assertThat(retyped.path("narrative").asString()).isNotEqualTo(written).hasSizeBetween(written.length() - 2, written.length());
        assertThat(Rewrite.RETYPED_TEXTS.apply(persian.deepCopy(), random)).as("a line too short to slip").isFalse();
        ObjectNode trimmed = persian.deepCopy();
        trimmed.put("narrative", "من افسر اطلاعات هستم. اسناد بازداشت‌ها را دارم؟ می‌خواهم با خانواده‌ام بروم. I can bring them!");
        assertThat(Rewrite.SENTENCE_LEFT_OUT.apply(trimmed, random)).isTrue();
        assertThat(trimmed.path("narrative").asString()).as("three of the four sentences, in order")
                .isIn("اسناد بازداشت‌ها را دارم؟ می‌خواهم با خانواده‌ام بروم. I can bring them!",
                        "من افسر اطلاعات هستم. می‌خواهم با خانواده‌ام بروم. I can bring them!",
                        "من افسر اطلاعات هستم. اسناد بازداشت‌ها را دارم؟ I can bring them!",
                        "من افسر اطلاعات هستم. اسناد بازداشت‌ها را دارم؟ می‌خواهم با خانواده‌ام بروم.");
        assertThat(Rewrite.SENTENCE_LEFT_OUT.apply(retyped, random)).as("one sentence: nothing to leave out").isFalse();
        ObjectNode misdecoded = persian.deepCopy();
        assertThat(Rewrite.MISDECODED_PERSIAN.apply(misdecoded, random)).isTrue();
        assertThat(person(misdecoded, "givenName")).isEqualTo("Ø¹Ù„ÛŒ");
        ObjectNode latinMisdecoded = latin.deepCopy();
        Rewrite.MISDECODED_PERSIAN.apply(latinMisdecoded, random);
        assertThat(person(latinMisdecoded, "givenName")).as("Latin text is left as it is").isEqualTo("Mohammad Reza");
        assertThat(latinMisdecoded.path("narrative").asString()).as("Persian beside it is not").startsWith("Ù…Ù†");
        ObjectNode twice = persian.deepCopy();
        assertThat(Rewrite.NAMES_IN_BOTH_SCRIPTS.apply(twice, random)).isTrue();
        assertThat(person(twice, "givenName")).matches("علی \\([\\p{IsLatin}']+\\)|[\\p{IsLatin}']+ / علی");
        assertThat(person(twice, "birthPlace")).contains("اهواز");
        assertThat(Rewrite.NAMES_IN_BOTH_SCRIPTS.apply(latin.deepCopy(), random)).as("no Persian spelling to add to").isFalse();
        ObjectNode columns = persian.deepCopy();
        assertThat(Rewrite.BILINGUAL_COLUMNS.apply(columns, random)).isTrue();
        assertThat(columns.path("person").has("givenName")).isFalse();
        assertThat(person(columns, "givenName_fa")).isEqualTo("علی");
        assertThat(person(columns, "givenName_en")).isNotBlank().doesNotContain("ع");
        ObjectNode navy = persian.deepCopy();
        ((ObjectNode) navy.get("service")).put("branch", "Navy");
        assertThat(Rewrite.ORGANIZATION_WITH_BRANCH.apply(navy, random)).isTrue();
        assertThat(navy.path("service").path("organization").asString()).isIn("IRGC Navy", "Navy (IRGC)", "IRGC - Navy");
        assertThat(navy.path("service").has("branch")).isFalse();
        ObjectNode ground = persian.deepCopy();
        ((ObjectNode) ground.get("service")).put("organization", "ARTESH").put("branch", "نیروی زمینی ارتش");
        Rewrite.ORGANIZATION_WITH_BRANCH.apply(ground, random);
        assertThat(ground.path("service").path("organization").asString()).as("a branch that names its organisation")
                .isEqualTo("نیروی زمینی ارتش");
        ObjectNode interior = persian.deepCopy();
        ((ObjectNode) interior.get("service")).put("organization", "MINISTRY").put("branch", "کشور");
        Rewrite.ORGANIZATION_WITH_BRANCH.apply(interior, random);
        assertThat(interior.path("service").path("organization").asString()).isEqualTo("وزارت کشور");
        assertThat(Rewrite.ORGANIZATION_WITH_BRANCH.apply(persian.deepCopy(), random)).as("no branch to write").isFalse();
        ObjectNode exported = registration("{\"givenName\":\"علی\",\"birthYear\":1970,\"nationalId\":\"0012345679\"}");
        exported.set("family", Json.MAPPER.readTree("[{\"relation\":\"spouse\",\"birthYear\":1972}]"));
        assertThat(Rewrite.PARTNER_EXPORT.apply(exported, random)).isTrue();
        assertThat(exported.has("person")).isFalse();
        assertThat(exported.has("service")).isFalse();
        assertThat(exported.path("given_name").asString()).isEqualTo("علی");
        assertThat(exported.path("date_of_birth").asString()).isIn("1970-07-01", "01/07/1970");
        assertThat(exported.path("national_code").asString()).isEqualTo("0012345679.0");
        assertThat(exported.path("Organisation").asString()).isEqualTo("IRGC");
        assertThat(exported.path("Rank").asString()).isEqualTo("سرهنگ دوم");
        assertThat(exported.path("family").path("relation").asString()).isEqualTo("spouse");
        assertThat(org.safepassage.core.registration.RegistrationParser.read(exported.toString()).registration())
                .as("read back, the same registration").isEqualTo(org.safepassage.core.registration.RegistrationParser.read(
                        registration("{\"givenName\":\"علی\",\"birthYear\":1970,\"nationalId\":\"0012345679\"}")
                                .set("family", Json.MAPPER.readTree("[{\"relation\":\"spouse\",\"birthYear\":1972}]")).toString())
                        .registration());
    }

    @Test
    void aRewriteIsNamedAsOnTheCommandLineAndAnUnknownNameSaysWhichThereAre() {
        assertThat(Rewrite.of("family-name-first")).isEqualTo(Rewrite.FAMILY_NAME_FIRST);
        assertThatThrownBy(() -> Rewrite.of("capitals")).hasMessageContaining("no rewrite called 'capitals'")
                .hasMessageContaining("invisible-marks");
    }

    @Test
    void aCopyRewrittenInAWayThatKeepsWhatWasSaidIsVettedExactlyAsTheOriginal() throws Exception {
        Path original = dir.resolve("original");
        new IndependentCorpus(6, 0.05).write(800, original);
        Vetting vetting = new Vetting(LinkageModel.defaults(), SignalWeights.defaults(), null, 0.75, false);
        vetting.run(original.resolve("registrations.jsonl"), original.resolve("out"), null, problem -> { });
        List<String> assessed = Files.readAllLines(original.resolve("out/assessments.jsonl"));

        for (Rewrite rewrite : Rewrite.values()) {
            if (!rewrite.keepsWhatWasSaid()) {
                continue;
            }
            Path copy = dir.resolve(rewrite.label());
            Rewriter.Count count = new Rewriter(rewrite, 0.5, 3).write(original, copy);
            assertThat(count.rewritten()).as(rewrite.label()).isGreaterThan(50);
            assertThat(Files.readAllLines(copy.resolve("truth.jsonl"))).isEqualTo(Files.readAllLines(original.resolve("truth.jsonl")));
            vetting.run(copy.resolve("registrations.jsonl"), copy.resolve("out"), null, problem -> { });
            assertThat(Files.readAllLines(copy.resolve("out/assessments.jsonl"))).as(rewrite.label())
                    .containsExactlyElementsOf(assessed);
        }
    }

    @Test
    void theCopyGoesToAnotherFolderAndOnlyAShareOfItIsRewritten() throws Exception {
        Path original = dir.resolve("original");
        new IndependentCorpus(7, 0.05).write(200, original);
        assertThatThrownBy(() -> new Rewriter(Rewrite.TATWEEL, 0.3, 1).write(original, original)).hasMessageContaining("another folder");
        assertThatThrownBy(() -> new Rewriter(Rewrite.TATWEEL, 0, 1)).hasMessageContaining("above 0");

        Rewriter.Count count = new Rewriter(Rewrite.OTHER_SPACES, 0.3, 1).write(original, dir.resolve("copy"));

        assertThat(count.registrations()).isEqualTo(Files.readAllLines(original.resolve("registrations.jsonl")).size());
        assertThat((double) count.rewritten() / count.registrations()).isBetween(0.15, 0.35);
    }
}
