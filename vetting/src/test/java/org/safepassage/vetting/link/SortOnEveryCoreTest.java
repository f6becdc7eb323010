package org.safepassage.vetting.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

class SortOnEveryCoreTest {

    private static final SplittableRandom RANDOM = new SplittableRandom(20261206);

    @Test
    void theHalvesSortedApartAndMergedAreSortedAsOneCoreSortsThem() {
        for (int size : new int[] {0, 1, 2, 3, 17, 1000, 65_535, 65_536, 100_001}) {
            for (LongUnaryOperator shape : new LongUnaryOperator[] {
                    i -> RANDOM.nextLong(),                      // block entries: hashes over the whole range, negatives too
                    i -> RANDOM.nextLong(5),                     // links found in several blocks: many repeats
                    i -> i,                                      // already in order
                    i -> -i,                                     // in reverse order
                    i -> i % 2 == 0 ? Long.MIN_VALUE : Long.MAX_VALUE}) {
                long[] numbers = new long[size];
                for (int i = 0; i < size; i++) {
                    numbers[i] = shape.applyAsLong(i);
                }
                long[] expected = numbers.clone();
                Arrays.sort(expected);

                long[] inTwo = numbers.clone();
                SortOnEveryCore.sortInTwo(inTwo);
                long[] either = numbers.clone();
                SortOnEveryCore.sort(either);

                assertThat(inTwo).as("%d numbers", size).isEqualTo(expected);
                assertThat(either).as("%d numbers", size).isEqualTo(expected);
            }
        }
    }
}
