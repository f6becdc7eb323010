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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A flood whose every copy has one word in six replaced (a synonym pass, a paraphrasing tool):
 * two copies share too little to start a group of like texts, but on the days the flood makes
 * its organisation send far more than its share, its copies are still like each other where
 * honest texts are not. An honest surge into one organisation whose texts share a sentence here
 * and there is no campaign.
 */
class FloodRewordedInEveryCopyTest {

    private static final String TEMPLATE = "I am an officer of the provincial command and I have served for many years in the "
            + "same unit. Over the last months I have seen orders that I cannot accept, and I kept copies of every one of "
            + "them. I have lists of the people who gave these orders and the dates of the operations they planned. My wife "
            + "and my two sons are ready to leave with me at any moment, we have our papers. Please tell me which border "
            + "crossing is safe and who will meet us on the other side.";
    private static final List<String> OTHER_WORDS = List.of("soon", "colonel", "village", "paper", "winter", "quietly",
            "letters", "brother", "station", "market", "several", "careful", "friday", "mountain", "office", "secret",
            "daughter", "river", "promise", "records");
    private static final List<String> HONEST_SENTENCES = List.of(
            "I have served in the border regiment since my military service ended.",
            "My commander has started to ask questions about my family abroad.",
            "Please help me leave the country with my wife and children, I am in danger here.",
            "I refused to take part in the arrests last autumn and since then I am watched.",
            "I can bring the duty rosters of my station if you tell me how.",
            "My mother is ill and I cannot leave without her.",
            "I work in the logistics office and I see every shipment that leaves the base.",
            "Two of my colleagues were taken away last month and nobody knows where they are.",
            "I have no documents to offer, only what I have seen with my own eyes.",
            "We can travel to the western border if someone meets us there.",
            "I am afraid my phone is watched, please write to me only here.",
            "I was trained as a radio operator and I know the codes of my brigade.");

    @TempDir
    Path dir;

    private final Random random = new Random(23);

    @Test
    void aFloodWithOneWordInSixReplacedInEveryCopyIsOneCampaign() throws Exception {
        HonestBackground background = HonestBackground.generated(dir, 11, 1_500);
        Instant start = background.firstArrival.plus(40, ChronoUnit.DAYS);
        Map<String, String> kindOf = new HashMap<>();
        for (int i = 0; i < 80; i++) {
            background.lines.add(registration("flood-" + i, reworded(TEMPLATE), start, 36, kindOf, "flood"));
        }

        List<JsonNode> campaigns = background.vetCampaigns();

        assertThat(campaigns).filteredOn(campaign -> campaign.path("members").toString().contains("flood-")).singleElement()
                .satisfies(campaign -> {
                    long flood = count(campaign, "\"flood-");
                    assertThat(flood).as("copies in the campaign").isGreaterThanOrEqualTo(72); // nine in ten
                    assertThat(campaign.path("members").size()).as("and nothing else").isEqualTo((int) flood);
                });
    }

    @Test
    void anHonestSurgeIntoOneOrganisationWhoseTextsShareASentenceIsNoCampaign() throws Exception {
        HonestBackground background = HonestBackground.generated(dir, 12, 1_500);
        Instant start = background.firstArrival.plus(30, ChronoUnit.DAYS);
        Map<String, String> kindOf = new HashMap<>();
        // a broadcast aimed at one service: in a day, people who each write in their own words, as the
        // honest people of the file do (two of their narratives a person), with a plea many write
        List<String> narratives = new ArrayList<>();
        for (String line : background.lines) {
            String narrative = Json.MAPPER.readTree(line).path("narrative").asString("");
            if (narrative.length() > 150 && !narratives.contains(narrative)) {
                narratives.add(narrative);
            }
        }
        assertThat(narratives).hasSizeGreaterThan(240);
        for (int i = 0; i < 120; i++) {
            String plea = HONEST_SENTENCES.get(random.nextInt(HONEST_SENTENCES.size()));
            background.lines.add(registration("surge-" + i, narratives.get(2 * i) + " " + plea + " " + narratives.get(2 * i + 1),
                    start, 20, kindOf, "surge"));
        }

        List<JsonNode> campaigns = background.vetCampaigns();

        assertThat(background.assessments()).filteredOn(assessment -> assessment.path("id").asString().startsWith("surge-"))
                .as("the surge is a burst").anySatisfy(assessment -> assertThat(assessment.path("reasons").toString())
                        .contains("registrations from IRGC on"));
        assertThat(campaigns).noneMatch(campaign -> campaign.path("members").toString().contains("surge-"));
    }

    /** The text with one word in six replaced by another word. */
    private String reworded(String text) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        for (int w = 0; w < words.size(); w++) {
            if (random.nextInt(6) == 0) {
                words.set(w, OTHER_WORDS.get(random.nextInt(OTHER_WORDS.size())));
            }
        }
        return String.join(" ", words);
    }

    private String registration(String id, String narrative, Instant start, int hours, Map<String, String> kindOf, String kind) {
        ObjectNode registration = Json.MAPPER.createObjectNode()
                .put("schema", "safepassage.registration/1")
                .put("id", id)
                .put("receivedAt", start.plus(random.nextInt(hours), ChronoUnit.HOURS).toString())
                .put("channel", "web")
                .put("language", "en");
        registration.putObject("person")
                .put("givenName", InventedNames.given(kindOf.size())) // a name of its own for every registration
                .put("familyName", InventedNames.family(kindOf.size()))
                .put("birthYear", 1965 + random.nextInt(35));
        registration.putObject("service").put("organization", "IRGC");
        registration.put("narrative", narrative).put("urgency", "high");
        kindOf.put(id, kind);
        return registration.toString();
    }

    private static long count(JsonNode campaign, String prefix) {
        String members = campaign.path("members").toString();
        return (members.length() - members.replace(prefix, "").length()) / prefix.length();
    }
}
