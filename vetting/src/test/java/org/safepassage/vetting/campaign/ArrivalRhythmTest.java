package org.safepassage.vetting.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArrivalRhythmTest {

    /**
     * The group's and the rest's distributions as counted by hand, hour by hour, over many
     * registrations in few hours (every hour has several, the group shares hours with the rest,
     * some hours are unknown, a group may arrive last): Kuiper's V is the largest excess of the
     * group's share over the rest's at any hour plus the largest excess the other way.
     */
    @Test
    void countsTheRestAtEachHourAsTheDistributionsDo() {
        Random random = new Random(17);
        Long[] hours = new Long[3_000];
        for (int i = 0; i < hours.length; i++) {
            hours[i] = i % 97 == 0 ? null : 480_000L + random.nextInt(300); // ten registrations an hour on average
        }
        ArrivalRhythm rhythm = new ArrivalRhythm(hours);
        for (int trial = 0; trial < 20; trial++) {
            int size = 5 + random.nextInt(200);
            long latest = 480_300L - trial;
            // drawn from everyone; bunched at the start; the last to arrive (nothing after them)
            int[] group = switch (trial % 3) {
                case 0 -> random.ints(size, 0, hours.length).distinct().toArray();
                case 1 -> IntStream.range(0, hours.length).filter(i -> hours[i] != null && hours[i] % 300 < 40).limit(size).toArray();
                default -> IntStream.range(0, hours.length).filter(i -> hours[i] != null && hours[i] >= latest).toArray();
            };

            assertThat(rhythm.pValue(group, hours)).as("trial " + trial).isCloseTo(byHand(group, hours), offset(1e-12));
        }
    }

    private static double byHand(int[] group, Long[] hours) {
        boolean[] inGroup = new boolean[hours.length];
        for (int m : group) {
            inGroup[m] = true;
        }
        long n = IntStream.of(group).filter(m -> hours[m] != null).count();
        long m = IntStream.range(0, hours.length).filter(i -> hours[i] != null && !inGroup[i]).count();
        double above = 0;
        double below = 0;
        for (long hour = 479_999L; hour <= 480_300L; hour++) {
            long h = hour;
            // the shares at or before each hour, and just before it
            long groupAtOrBefore = IntStream.of(group).filter(i -> hours[i] != null && hours[i] <= h).count();
            long restAtOrBefore = IntStream.range(0, hours.length).filter(i -> hours[i] != null && !inGroup[i] && hours[i] <= h).count();
            long groupBefore = IntStream.of(group).filter(i -> hours[i] != null && hours[i] < h).count();
            long restBefore = IntStream.range(0, hours.length).filter(i -> hours[i] != null && !inGroup[i] && hours[i] < h).count();
            above = Math.max(above, groupAtOrBefore / (double) n - restAtOrBefore / (double) m);
            below = Math.max(below, restBefore / (double) m - groupBefore / (double) n);
        }
        double root = Math.sqrt(n * (double) m / (n + m));
        return ArrivalRhythm.kuiperTail((root + 0.155 + 0.24 / root) * (above + below));
    }
}
