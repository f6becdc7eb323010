package org.safepassage.vetting.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.json.Json;
import org.safepassage.core.registration.NationalId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A swarm meant to drown the desk: hundreds of registrations in a few hours with nothing to vet
 * but a name, junk national IDs and one sentence each, a long one sometimes (up to twenty words).
 * It is one campaign of kind swarm, and no honest registration is in it.
 */
class SwarmOfOneLinersTest {

    private static final List<String> LINES = List.of(
            "Please contact me as soon as possible because I am in danger and I need your help.",
            "I have important information for you and I cannot wait here any longer, please answer me today.",
            "لطفا هر چه زودتر با من تماس بگیرید چون جانم در خطر است و وقت زیادی ندارم.",
            "My family is with me and we are ready to leave the country this month if you can help us.",
            "help me");
    private static final List<String> GIVEN = List.of("Arash", "Behnam", "رضا", "Ehsan", "مریم", "Golnar", "Hamid", "Kaveh");

    @TempDir
    Path dir;

    @Test
    void hundredsOfOneLinersInAFewHoursAreOneSwarmAndNoHonestRegistrationIsInIt() throws Exception {
        // junk: about one in ten passes its check digit by chance
        assertOneSwarmOfItsOwn(random -> String.format("%010d", random.nextInt(1_000_000_000)).replace('0', '1'));
    }

    @Test
    void aSwarmWhoseJunkIdsAllPassTheirCheckDigitIsStillOneSwarm() throws Exception {
        // the check digit is public arithmetic: a swarm can compute it for every ID it makes up
        assertOneSwarmOfItsOwn(SwarmOfOneLinersTest::madeUpIdWithAValidCheckDigit);
    }

    private void assertOneSwarmOfItsOwn(Function<Random, String> junkId) throws Exception {
        HonestBackground background = HonestBackground.generated(dir, 12, 1_500);
        Instant start = background.firstArrival.plus(60, ChronoUnit.DAYS);
        Random random = new Random(23);
        Set<String> swarm = new HashSet<>();
        for (int i = 0; i < 240; i++) {
            ObjectNode registration = Json.MAPPER.createObjectNode()
                    .put("schema", "safepassage.registration/1")
                    .put("id", "swarm-" + i)
                    .put("receivedAt", start.plus(random.nextInt(4), ChronoUnit.HOURS).toString())
                    .put("channel", "web")
                    .put("language", "en");
            registration.putObject("person").put("givenName", GIVEN.get(random.nextInt(GIVEN.size())))
                    .put("nationalId", junkId.apply(random));
            registration.putObject("service").put("organization", "IRGC");
            registration.put("narrative", LINES.get(random.nextInt(LINES.size()))).put("urgency", "immediate");
            background.lines.add(registration.toString());
            swarm.add("swarm-" + i);
        }

        List<JsonNode> swarms = background.vetCampaigns().stream()
                .filter(campaign -> campaign.path("kinds").toString().contains("swarm")).toList();
        assertThat(swarms).singleElement().satisfies(campaign -> {
            Set<String> members = new HashSet<>();
            campaign.path("members").forEach(member -> members.add(member.asString()));
            assertThat(members).as("every registration of the swarm").containsAll(swarm);
            assertThat(members).as("honest registrations in the swarm").allMatch(swarm::contains);
        });
    }

    private static String madeUpIdWithAValidCheckDigit(Random random) {
        while (true) {
            String first = String.format("%09d", random.nextInt(1_000_000_000));
            for (char check = '0'; check <= '9'; check++) {
                if (NationalId.hasValidCheckDigit(first + check)) {
                    return first + check;
                }
            }
        }
    }
}
