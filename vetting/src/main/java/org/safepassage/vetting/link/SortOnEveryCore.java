package org.safepassage.vetting.link;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Sorts numbers on every core, two cores included. {@link Arrays#parallelSort} sorts on one core
 * when the common pool has a single worker, which it has on a machine of two cores (one worker
 * beside the calling thread): there the tens of millions of block entries and links of a million
 * registrations were sorted by one core while the other waited. Here the two halves are sorted
 * at once, by the caller and the pool's worker, and merged.
 */
final class SortOnEveryCore {

    /** Below this, one core sorts faster than two can split, sort and merge. */
    private static final int SPLIT_FROM = 1 << 16;

    private SortOnEveryCore() {
    }

    /** The numbers sorted in ascending order, in place. */
    static void sort(long[] numbers) {
        boolean twoCoresOnePoolWorker = ForkJoinPool.getCommonPoolParallelism() == 1 && Runtime.getRuntime().availableProcessors() > 1;
        if (numbers.length < SPLIT_FROM || !twoCoresOnePoolWorker) {
            Arrays.parallelSort(numbers);
        } else {
            sortInTwo(numbers);
        }
    }

    /** The two halves sorted at once (the caller's thread and a worker of the pool), then merged. */
    static void sortInTwo(long[] numbers) {
        int middle = numbers.length >>> 1;
        IntStream.range(0, 2).parallel().forEach(half -> {
            if (half == 0) {
                Arrays.sort(numbers, 0, middle);
            } else {
                Arrays.sort(numbers, middle, numbers.length);
            }
        });
        long[] first = Arrays.copyOfRange(numbers, 0, middle);
        // merged into place: the second half is read ahead of where it is written over
        int from = 0;
        int second = middle;
        int to = 0;
        while (from < first.length && second < numbers.length) {
            numbers[to++] = first[from] <= numbers[second] ? first[from++] : numbers[second++];
        }
        while (from < first.length) {
            numbers[to++] = first[from++];
        }
    }
}
