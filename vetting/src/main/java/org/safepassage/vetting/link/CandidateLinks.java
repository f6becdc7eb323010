package org.safepassage.vetting.link;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The pairs of records whose comparison reached the match threshold, with their weights. At a
 * million registrations there are millions, found on every core: kept in primitive arrays sorted
 * by pair, not in a concurrent map of boxed numbers (whose entries had cost a seventh of the time
 * spent comparing pairs).
 */
public final class CandidateLinks {

    /** (lower index, higher index) of each link, ascending and distinct. */
    private final long[] pairs;
    private final double[] weights;

    private CandidateLinks(long[] pairs, double[] weights) {
        this.pairs = pairs;
        this.weights = weights;
    }

    /**
     * The links a buffer holds, each once: a pair in several blocks is compared, and found, once in
     * each (always in the same order, so always with the same weight).
     */
    static CandidateLinks of(Buffer found) {
        long[] sorted = Arrays.copyOf(found.pairs, found.size);
        SortOnEveryCore.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        long[] pairs = Arrays.copyOf(sorted, distinct);
        double[] weights = new double[distinct];
        // a pair found twice is written twice with its one weight
        IntStream.range(0, found.size).parallel().forEach(i -> weights[Arrays.binarySearch(pairs, found.pairs[i])] = found.weights[i]);
        return new CandidateLinks(pairs, weights);
    }

    /** How many links there are. */
    public int size() {
        return pairs.length;
    }

    /** The pair of link {@code k}: (lower index, higher index), as {@link Linker#pair} makes it. */
    long pair(int k) {
        return pairs[k];
    }

    /** The weight of link {@code k}. */
    double weight(int k) {
        return weights[k];
    }

    /** The weight of the link between records {@code a} and {@code b}, or NaN when they were not linked. */
    double weight(int a, int b) {
        int k = Arrays.binarySearch(pairs, Linker.pair(a, b));
        return k >= 0 ? weights[k] : Double.NaN;
    }

    /**
     * The links from heaviest to lightest, links of equal weight by pair: the order in which
     * clustering tries them. Sorted as numbers, not objects: each weight is replaced by its rank
     * among the distinct weights, heaviest first, and rank and link sorted as one long.
     */
    int[] heaviestFirst() {
        double[] distinct = weights.clone();
        Arrays.sort(distinct);
        int count = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || Double.compare(distinct[i], distinct[i - 1]) != 0) {
                distinct[count++] = distinct[i];
            }
        }
        long[] keys = new long[weights.length];
        for (int k = 0; k < weights.length; k++) {
            long heavierWeights = count - 1 - Arrays.binarySearch(distinct, 0, count, weights[k]);
            keys[k] = heavierWeights << 32 | k;
        }
        SortOnEveryCore.sort(keys);
        int[] order = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    /** Links as they are found, on one core; buffers of several cores are put together at the end. */
    static final class Buffer {
        private long[] pairs = new long[16];
        private double[] weights = new double[16];
        private int size;

        void add(long pair, double weight) {
            if (size == pairs.length) {
                grow(size + 1);
            }
            pairs[size] = pair;
            weights[size] = weight;
            size++;
        }

        void addAll(Buffer other) {
            if (size + other.size > pairs.length) {
                grow(size + other.size);
            }
            System.arraycopy(other.pairs, 0, pairs, size, other.size);
            System.arraycopy(other.weights, 0, weights, size, other.size);
            size += other.size;
        }

        private void grow(int needed) {
            int capacity = Math.max(needed, pairs.length * 2);
            pairs = Arrays.copyOf(pairs, capacity);
            weights = Arrays.copyOf(weights, capacity);
        }
    }
}
