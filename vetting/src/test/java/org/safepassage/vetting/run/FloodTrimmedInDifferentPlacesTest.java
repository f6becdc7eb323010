package org.safepassage.vetting.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A flood whose copies each leave out another sentence of the template: two copies then share
 * too few shingles to be near-duplicates of each other, and the like texts fall into several
 * groups. The flood is still one campaign; a second flood sent in the same hours with another
 * text stays a campaign of its own, and honest registrations stay out of both.
 */
class FloodTrimmedInDifferentPlacesTest {

    private static final List<String> FIRST = List.of(
            "I am an officer of the %s and I have served for many years in the provincial command.",
            "Over the last months I have seen orders that I cannot accept, and I kept copies of every one of them.",
            "I have lists of the people who gave these orders and the dates of the operations they planned.",
            "My wife and my two sons are ready to leave with me at any moment, we have our papers.",
            "I cannot use my own phone because my unit checks every message that we send or receive.",
            "Please tell me which border crossing is safe and who will meet us on the other side.",
            "I will bring every document I have if you promise to protect my family in %s.");
    private static final List<String> SECOND = List.of(
            "For a long time I worked in the finance office of the %s where the salaries are paid.",
            "I know how the money for the foreign groups is moved through private companies abroad.",
            "My brother was arrested last spring and nobody will tell us where he is being held.",
            "I want to leave before they look at my own accounts, there is little time left.",
            "I can send the names of the companies and the banks they use once you reply to me in %s.");
    private static final List<String> UNITS = List.of("21st Division", "Tharallah base", "92nd Brigade", "Ansar corps");
    private static final List<String> CITIES = List.of("Tabriz", "Shiraz", "Ahvaz", "Kerman", "Sari", "Yazd");

    @TempDir
    Path dir;

    private final Random random = new Random(17);

    @Test
    void aFloodTrimmedInDifferentPlacesIsOneCampaignAndAnotherFloodInItsHoursIsAnother() throws Exception {
        HonestBackground background = HonestBackground.generated(dir, 9, 1_500);
        Instant start = background.firstArrival.plus(40, ChronoUnit.DAYS);
        Map<String, String> floodOf = new HashMap<>();
        for (int i = 0; i < 70; i++) {
            background.lines.add(copy("first-" + i, FIRST, i % FIRST.size(), start, floodOf, "first"));
        }
        for (int i = 0; i < 40; i++) {
            background.lines.add(copy("second-" + i, SECOND, i % SECOND.size(), start, floodOf, "second"));
        }

        List<JsonNode> campaigns = background.vetCampaigns();

        Map<String, Set<String>> campaignsOf = new HashMap<>(); // flood (or "honest") → the campaigns its members are in
        Map<String, Long> inAnyCampaign = new HashMap<>();
        for (JsonNode campaign : campaigns) {
            for (JsonNode member : campaign.path("members")) {
                String flood = floodOf.getOrDefault(member.asString(), "honest");
                campaignsOf.computeIfAbsent(flood, f -> new TreeSet<>()).add(campaign.path("campaign").asString());
                inAnyCampaign.merge(flood, 1L, Long::sum);
            }
        }
        assertThat(inAnyCampaign).as("members of each flood in a campaign").containsEntry("first", 70L).containsEntry("second", 40L)
                .doesNotContainKey("honest");
        assertThat(campaignsOf.get("first")).as("the first flood's campaigns").hasSize(1);
        assertThat(campaignsOf.get("second")).as("the second flood's campaigns").hasSize(1)
                .doesNotContainAnyElementsOf(campaignsOf.get("first"));
    }

    @Test
    void aFloodOfOneSentenceIsOneCampaignButTheSamePleaWrittenAtTheUsualRhythmIsNoSign() throws Exception {
        HonestBackground background = HonestBackground.generated(dir, 10, 1_500);
        Instant start = background.firstArrival.plus(50, ChronoUnit.DAYS);
        Map<String, String> floodOf = new HashMap<>();
        List<String> sentence = List.of("I am an officer of the %s and I hold the lists of the people arrested in %s.");
        for (int i = 0; i < 60; i++) {
            background.lines.add(copy("brief-" + i, sentence, -1, start, floodOf, "brief"));
        }
        List<String> plea = List.of("Please help me leave the country with my wife and children, I am in danger here.");
        for (int i = 0; i < 30; i++) { // honest people who write the same plea, one every five days, none in the flood's
            long day = 5L * i + 3 < 45 ? 5L * i + 3 : 5L * i + 18; // the flood's days (50 to 53) left alone
            Instant when = background.firstArrival.plus(day, ChronoUnit.DAYS).plus(random.nextInt(24), ChronoUnit.HOURS);
            background.lines.add(copy("plea-" + i, plea, -1, when, floodOf, "plea"));
        }

        List<JsonNode> campaigns = background.vetCampaigns();

        assertThat(campaigns).filteredOn(campaign -> campaign.path("members").toString().contains("brief-")).singleElement()
                .satisfies(campaign -> assertThat(campaign.path("members").toString()).doesNotContain("plea-", "\"s-", "\"r-")
                        .contains(IntStream.range(0, 60).mapToObj(i -> "\"brief-" + i + "\"").toArray(String[]::new)));
        assertThat(campaigns).noneMatch(campaign -> campaign.path("members").toString().contains("plea-"));
        assertThat(background.assessments()).filteredOn(assessment -> assessment.path("id").asString().startsWith("plea-"))
                .hasSize(30).allSatisfy(assessment -> {
                    assertThat(assessment.path("reasons").toString()).doesNotContain("nearly the same as registrations");
                    assertThat(assessment.path("plantedRisk").asDouble()).isZero();
                });
    }

    /** A copy of a flood's text without one of its sentences (none: -1), by an invented person, within two days of {@code start}. */
    private String copy(String id, List<String> template, int leftOut, Instant start, Map<String, String> floodOf, String flood) {
        String unit = UNITS.get(random.nextInt(UNITS.size()));
        String city = CITIES.get(random.nextInt(CITIES.size()));
        List<String> sentences = new ArrayList<>();
        for (int s = 0; s < template.size(); s++) {
            if (s != leftOut) {
                sentences.add(String.format(template.get(s), s == 0 ? unit : city, city));
            }
        }
        ObjectNode registration = Json.MAPPER.createObjectNode()
                .put("schema", "safepassage.registration/1")
                .put("id", id)
                .put("receivedAt", start.plus(random.nextInt(48), ChronoUnit.HOURS).toString())
                .put("channel", "web")
                .put("language", "en");
        registration.putObject("person")
                .put("givenName", InventedNames.given(floodOf.size())) // a name of its own for every copy
                .put("familyName", InventedNames.family(floodOf.size()))
                .put("birthYear", 1965 + random.nextInt(35));
        registration.putObject("service").put("organization", "IRGC").put("unit", unit);
        registration.put("narrative", sentences.stream().collect(Collectors.joining(" "))).put("urgency", "high");
        floodOf.put(id, flood);
        return registration.toString();
    }
}
