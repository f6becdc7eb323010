package org.safepassage.vetting.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.safepassage.vetting.assess.Finding;

class CampaignSignalsTest {

    private static final String TEMPLATE = "Hello, I am %s from unit %d. Because of heavy pressure and threats to my family I have "
            + "decided to cooperate. I have complete information about secret operations and key people.";

    @Test
    void aTemplateWithItsSlotsFilledIsFoundAcrossPeopleButNotInOnePersonsTwoRegistrations() {
        List<int[]> sketches = new ArrayList<>();
        List<Integer> people = new ArrayList<>();
        String[] names = {"Reza Karimi", "Mahsa Ahmadi", "Kourosh Bahmani", "Leila Moradi", "Saeed Jafari"};
        for (int i = 0; i < names.length; i++) {
            sketches.add(TextFingerprint.of(String.format(TEMPLATE, names[i], 10 + i)));
            people.add(i);
        }
        String own = "I served twenty years in the tenth brigade and cannot go on after what I saw in November; my wife "
                + "and two daughters must come with me.";
        sketches.add(TextFingerprint.of(own));
        people.add(100);
        sketches.add(TextFingerprint.of(own + " Please help."));
        people.add(100);
        sketches.add(TextFingerprint.of("They took my passport, so I can only leave over land, and my mother is ill, "
                + "so I cannot leave without her; my brother was arrested in 2019."));
        people.add(101);

        List<NearDuplicateTexts.Group> groups = NearDuplicateTexts.find(sketches.toArray(int[][]::new),
                people.stream().mapToInt(Integer::intValue).toArray(), 3);

        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.members()).containsExactly(0, 1, 2, 3, 4);
            assertThat(group.people()).isEqualTo(5);
        });
        assertThat(TextFingerprint.of("too short")).isNull();
        TextFingerprint.Sketch sentence = TextFingerprint.sketch("I hold the lists of the people arrested in Tabriz last winter.");
        assertThat(sentence.bins()).as("a sentence is compared").isNotNull();
        assertThat(sentence.brief()).isTrue();
        assertThat(TextFingerprint.sketch(own).brief()).as("two sentences of %d letters", own.length()).isFalse();
    }

    @Test
    void aFloodThroughOneOrganisationIsABurstButTheSurgeAfterABroadcastIsNot() {
        Random random = new Random(7);
        String[] organizations = {"IRGC", "ARTESH", "FARAJA", "BASIJ", "MOIS", "JUDICIARY", "MINISTRY", "CLERGY"};
        List<Bursts.Arrival> arrivals = new ArrayList<>();
        long start = LocalDate.parse("2026-03-01").toEpochDay();
        for (int day = 0; day < 30; day++) {
            // a broadcast on day 10: every organisation ten times its usual volume
            int volume = day == 10 ? 800 : 80;
            for (int i = 0; i < volume; i++) {
                arrivals.add(new Bursts.Arrival(start + day, organizations[random.nextInt(organizations.length)], null));
            }
        }
        // days no intake writes (a line's receivedAt far in the past or future): counted apart, no harm
        for (long far : new long[] {-1_000_000_000_000L, 365_000_000_000L, start + 20 + (1L << 32)}) {
            arrivals.add(new Bursts.Arrival(far, "FARAJA", "FARAJA|#12"));
        }
        int genuine = arrivals.size();
        for (int i = 0; i < 150; i++) {
            arrivals.add(new Bursts.Arrival(start + 20, "FARAJA", "FARAJA|#12"));
        }

        Bursts.Found found = Bursts.of(arrivals.toArray(Bursts.Arrival[]::new));
        Finding[] findings = found.findings();
        List<int[]> bursts = found.members();

        assertThat(bursts).as("the flood's day, by organisation and by unit").hasSize(2).allSatisfy(members -> {
            assertThat(members).contains(IntStream.range(genuine, genuine + 150).toArray());
            assertThat(IntStream.of(members).mapToObj(arrivals::get))
                    .allMatch(arrival -> arrival.day() == start + 20 && arrival.organization().equals("FARAJA"));
        });

        long genuineFlagged = 0;
        for (int i = 0; i < genuine; i++) {
            if (findings[i] != null) {
                genuineFlagged++;
            }
        }
        assertThat(genuineFlagged).as("genuine registrations in a burst").isLessThanOrEqualTo(12);
        for (int i = genuine; i < findings.length; i++) {
            assertThat(findings[i]).isNotNull();
            assertThat(findings[i].reason()).contains("FARAJA").contains("2026-03-21");
            assertThat(findings[i].strength()).isGreaterThan(0.8);
        }
    }

    @Test
    void likeTextsArrivingAtTheIntakesRhythmAreToldApartFromATemplatePushedOverAFewDays() {
        Random random = new Random(11);
        long start = LocalDate.parse("2026-03-01").toEpochDay() * 24;
        List<Long> hours = new ArrayList<>();
        for (int day = 0; day < 120; day++) {
            int volume = day == 30 ? 2_000 : 200; // a broadcast on day 30
            for (int i = 0; i < volume; i++) {
                hours.add(start + day * 24L + random.nextInt(24));
            }
        }
        int background = hours.size();
        for (int i = 0; i < 40; i++) { // a flood over four days in the second month
            hours.add(start + 50 * 24L + random.nextInt(4 * 24));
        }
        hours.add(null); // a registration whose hour is unknown
        Long[] all = hours.toArray(Long[]::new);
        ArrivalRhythm rhythm = new ArrivalRhythm(all);

        int usualGroups = 0;
        for (int trial = 0; trial < 100; trial++) { // honest people writing alike: any 40 of the background
            int[] alike = random.ints(40, 0, background).toArray();
            usualGroups += rhythm.usual(alike, all, 1) ? 1 : 0;
        }
        int[] flood = IntStream.range(background, background + 40).toArray();
        int[] floodPart = IntStream.range(background, background + 8).toArray();
        int[] fewKnown = {background + 40, 0};

        assertThat(usualGroups).as("groups drawn from the background taken as the usual rhythm").isGreaterThanOrEqualTo(95);
        assertThat(rhythm.pValue(flood, all)).isLessThan(1e-6);
        assertThat(rhythm.usual(floodPart, all, 1_000)).as("eight of a flood, among a thousand groups tested").isFalse();
        assertThat(rhythm.usual(fewKnown, all, 1)).as("too few known hours to tell: still a template").isFalse();
        // a flood that is most of what arrives is still pushed against the others' rhythm
        List<Long> mostlyFlood = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            mostlyFlood.add(start + random.nextInt(60 * 24)); // thirty honest registrations over two months
        }
        for (int i = 0; i < 300; i++) {
            mostlyFlood.add(start + 20 * 24L + random.nextInt(2 * 24)); // three hundred in two days
        }
        Long[] mostly = mostlyFlood.toArray(Long[]::new);
        assertThat(new ArrivalRhythm(mostly).usual(IntStream.range(30, 330).toArray(), mostly, 1)).isFalse();
        // Kuiper's tail at its published critical values (Stephens 1970): 5 % at 1.747, 1 % at 2.001
        assertThat(ArrivalRhythm.kuiperTail(1.747)).isCloseTo(0.05, offset(0.001));
        assertThat(ArrivalRhythm.kuiperTail(2.001)).isCloseTo(0.01, offset(0.0005));
    }
}
