package org.safepassage.vetting.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SwarmsTest {

    private final Random random = new Random(4);
    private final List<Long> hours = new ArrayList<>();
    private final List<Boolean> empty = new ArrayList<>();
    private final List<Boolean> onlyAnId = new ArrayList<>();

    /** Thirty days of honest arrivals: about ten an hour in the evening, two at night, one in twelve nearly empty. */
    private void honestDays(int days, double surge) {
        for (int day = 0; day < days; day++) {
            for (int hour = 0; hour < 24; hour++) {
                double mean = (hour >= 14 && hour <= 20 ? 10 : 2) * (day == 12 ? surge : 1);
                int count = (int) Math.round(mean + random.nextGaussian() * Math.sqrt(mean));
                for (int i = 0; i < count; i++) {
                    add(day * 24L + hour, random.nextDouble() < 1 / 12.0);
                }
            }
        }
    }

    private void add(long hour, boolean nearlyEmpty) {
        hours.add(480_000L + hour);
        empty.add(nearlyEmpty);
        onlyAnId.add(false);
    }

    /** A registration that gives nothing but a national ID with a valid check digit. */
    private void addOnlyAnId(long hour) {
        hours.add(480_000L + hour);
        empty.add(false);
        onlyAnId.add(true);
    }

    /** Both kinds, each weighed against its own usual share. */
    private List<Swarms.Swarm> findBothKinds() {
        return Swarms.find(knownOrNot(hours), List.of(flags(empty), flags(onlyAnId)));
    }

    /** The hours as the detector gives them ({@link Hours}). */
    private static long[] knownOrNot(List<Long> hours) {
        return hours.stream().mapToLong(Hours::of).toArray();
    }

    private static boolean[] flags(List<Boolean> kind) {
        boolean[] flags = new boolean[kind.size()];
        IntStream.range(0, flags.length).forEach(i -> flags[i] = kind.get(i));
        return flags;
    }

    /** How many of the swarm's members were added from {@code from} (inclusive) to {@code to} (exclusive). */
    private static long membersAdded(Swarms.Swarm swarm, int from, int to) {
        return IntStream.of(swarm.members()).filter(m -> m >= from && m < to).count();
    }

    private List<Swarms.Swarm> find() {
        return Swarms.find(knownOrNot(hours), flags(empty));
    }

    @Test
    void hundredsOfNearlyEmptyRegistrationsInAFewHoursAreOneSwarm() {
        honestDays(30, 1);
        int first = hours.size();
        for (int i = 0; i < 300; i++) {
            add(20 * 24L + 3 + random.nextInt(4), true); // 03:00-06:59 UTC on day 20
        }

        List<Swarms.Swarm> swarms = find();

        assertThat(swarms).singleElement().satisfies(swarm -> {
            long planted = membersAdded(swarm, first, hours.size());
            assertThat(planted).isEqualTo(300);
            assertThat(swarm.members().length).isLessThan(310); // the honest nearly empty ones of those hours only
            assertThat(swarm.finding().strength()).isGreaterThan(0.95);
            assertThat(swarm.finding().reason()).contains("a swarm");
        });
    }

    @Test
    void aSwarmInTwoBurstsTakesItsOwnHoursButNotTheHonestFirstContactsOfTheQuietHoursBetween() {
        honestDays(30, 1);
        int first = hours.size();
        for (int i = 0; i < 150; i++) {
            add(15 * 24L + 2 + random.nextInt(2), true); // 02:00-03:59 on day 15
            add(15 * 24L + 14 + random.nextInt(2), true); // and again 14:00-15:59
        }
        int honest = hours.size();
        for (int hour = 5; hour <= 12; hour++) { // between them, honest arrivals at the usual ratio: one in twelve nearly empty
            add(15 * 24L + hour, true);
            for (int other = 0; other < 11; other++) {
                add(15 * 24L + hour, false);
            }
        }

        List<Swarms.Swarm> swarms = find();

        assertThat(swarms).singleElement().satisfies(swarm -> {
            assertThat(membersAdded(swarm, first, honest)).isEqualTo(300);
            assertThat(membersAdded(swarm, honest, hours.size())).as("the quiet hours' own first contacts").isZero();
            assertThat(swarm.finding().reason()).contains("02:00").contains("15:00");
        });
    }

    @Test
    void aSmallSwarmTakesTheHoursInWhichItStartsAndTailsOff() {
        honestDays(30, 1);
        int first = hours.size();
        for (int i = 0; i < 4; i++) {
            add(20 * 24L + 2, true); // a handful at 02:00, too few to stand out alone
        }
        for (int i = 0; i < 14; i++) {
            add(20 * 24L + 3, true);
            add(20 * 24L + 4, true);
        }
        for (int i = 0; i < 4; i++) {
            add(20 * 24L + 5, true); // and a handful at 05:00
        }

        List<Swarms.Swarm> swarms = find();

        assertThat(swarms).singleElement().satisfies(swarm -> {
            assertThat(membersAdded(swarm, first, hours.size())).isEqualTo(36);
            assertThat(swarm.finding().reason())
                    .contains("between " + Bursts.hourText(480_000L + 20 * 24 + 2) + " and " + Bursts.hourText(480_000L + 20 * 24 + 5));
        });
    }

    @Test
    void twoHonestOneLinersInAQuietNightHourBesideASwarmStayHonest() {
        honestDays(30, 1);
        int first = hours.size();
        for (int i = 0; i < 100; i++) {
            add(20 * 24L + 3 + random.nextInt(2), true); // 03:00-04:59
        }
        int honest = hours.size();
        add(20 * 24L + 5, true); // 05:00: two first contacts, as honest people send them now and then
        add(20 * 24L + 5, true);

        List<Swarms.Swarm> swarms = find();

        assertThat(swarms).singleElement().satisfies(swarm -> {
            assertThat(membersAdded(swarm, first, honest)).isEqualTo(100);
            assertThat(membersAdded(swarm, honest, hours.size())).isZero();
        });
    }

    @Test
    void aSwarmOfRegistrationsThatGiveNothingButAnIdIsASwarmOfItsOwnKind() {
        honestDays(30, 1);
        for (int day = 0; day < 30; day++) { // honest first contacts that give their ID: a few a day
            for (int k = 0; k < 4; k++) {
                addOnlyAnId(day * 24L + 14 + random.nextInt(7));
            }
        }
        int first = hours.size();
        for (int i = 0; i < 200; i++) {
            addOnlyAnId(20 * 24L + 3 + random.nextInt(4));
        }
        int swarmed = hours.size();
        for (int i = 0; i < 60; i++) {
            add(20 * 24L + 3 + random.nextInt(4), true); // the same swarm, some with junk IDs that fail the check
        }

        List<Swarms.Swarm> swarms = findBothKinds();

        assertThat(swarms).singleElement().satisfies(swarm -> {
            assertThat(membersAdded(swarm, first, swarmed)).isEqualTo(200);
            assertThat(membersAdded(swarm, swarmed, hours.size())).isEqualTo(60);
        });
    }

    @Test
    void honestFirstContactsThatGiveTheirIdAreNotSweptIntoASwarmOfTheOtherKind() {
        honestDays(30, 1);
        int first = hours.size();
        for (int i = 0; i < 300; i++) {
            add(20 * 24L + 3 + random.nextInt(4), true);
        }
        int honest = hours.size();
        for (int hour = 3; hour <= 6; hour++) { // as honest people send them, beside the swarm
            addOnlyAnId(20 * 24L + hour);
        }

        List<Swarms.Swarm> swarms = findBothKinds();

        assertThat(swarms).singleElement().satisfies(swarm -> {
            assertThat(membersAdded(swarm, first, honest)).isEqualTo(300);
            assertThat(membersAdded(swarm, honest, hours.size())).isZero();
        });
    }

    @Test
    void aSwarmSentTooSlowlyForAnyHourToStandOutStandsOutInItsDays() {
        honestDays(30, 1);
        int first = hours.size();
        for (int i = 0; i < 240; i++) {
            add(10 * 24L + random.nextInt(4 * 24), true); // four days, two or three an hour
        }

        List<Swarms.Swarm> swarms = find();

        assertThat(swarms).singleElement().satisfies(swarm -> {
            assertThat(membersAdded(swarm, first, hours.size())).isEqualTo(240);
            // the honest nearly empty ones of those four days come with it: about one in twelve of ~100 a day
            assertThat(swarm.members().length).isLessThan(240 + 4 * 16);
            assertThat(swarm.finding().strength()).isGreaterThan(0.8);
        });
    }

    @Test
    void twoSwarmsDaysApartAreTwoCampaignsEachWithItsOwnMembers() {
        honestDays(30, 1);
        int first = hours.size();
        for (int i = 0; i < 100; i++) {
            add(8 * 24L + 2 + random.nextInt(3), true);
        }
        int second = hours.size();
        for (int i = 0; i < 100; i++) {
            add(21 * 24L + 10 + random.nextInt(2), true);
        }

        List<Swarms.Swarm> swarms = find();

        assertThat(swarms).hasSize(2);
        assertThat(membersAdded(swarms.get(0), first, second)).isEqualTo(100);
        assertThat(membersAdded(swarms.get(0), second, hours.size())).isZero();
        assertThat(membersAdded(swarms.get(1), second, hours.size())).isEqualTo(100);
    }

    @Test
    void aBroadcastSurgeOfEveryoneIsNoSwarm() {
        honestDays(30, 7); // day 12: seven times the usual volume, nearly empty ones in the usual proportion

        assertThat(find()).isEmpty();
    }

    @Test
    void aSwarmThatArrivesWithoutTimesIsNotInvented() {
        honestDays(5, 1);
        for (int i = 0; i < 200; i++) {
            hours.add(null);
            empty.add(true);
        }

        assertThat(find()).isEmpty();
    }

    @Test
    void periodsAreCountedByKindInTheirOrderAsATreeOfEachWouldCountThemNegativePeriodsToo() {
        Random draw = new Random(9);
        int counted = 5_000;
        long[] encoded = new long[counted + 100]; // room past what is counted, as the detector's array has
        TreeMap<Long, int[]> expected = new TreeMap<>();
        for (int i = 0; i < encoded.length; i++) {
            // an hour of 2025, or a time mistyped before 1970
            long period = draw.nextInt(4) == 0 ? -draw.nextInt(50) : 490_000 + draw.nextInt(300);
            boolean ofTheKind = draw.nextInt(5) == 0;
            encoded[i] = Swarms.periodAndKind(period, ofTheKind);
            if (i < counted) {
                expected.computeIfAbsent(period, p -> new int[2])[ofTheKind ? 0 : 1]++;
            }
        }

        TreeMap<Long, int[]> counts = Swarms.countsPerPeriod(encoded, counted);

        assertThat(counts.keySet()).containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<Long, int[]> entry : expected.entrySet()) {
            assertThat(counts.get(entry.getKey())).as("period %d", entry.getKey()).containsExactly(entry.getValue());
        }
        assertThat(Swarms.countsPerPeriod(new long[3], 0)).isEmpty();
    }
}
