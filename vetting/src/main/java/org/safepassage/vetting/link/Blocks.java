package org.safepassage.vetting.link;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The blocks of a batch of records ({@link Blocking#keys}) as one sorted array instead of a map of
 * key strings: each (key, record) is a long holding a 37-bit hash of the key, the key's kind
 * (whether it is a fallback one, {@link Blocking#maxBlock}, whether it is compared only between
 * different names, {@link Blocking#onlyForDifferentNames}, and whether it is split by organisation
 * past its limit, {@link Blocking#splitByOrganization}) and the record's index, so that a block's
 * members are neighbours after one parallel sort. Two keys of one hash share a block (about four
 * hundred among ten million keys): the comparison still decides every pair of it, and only a block
 * that grows past its limit that way loses its pairs to the other keys.
 */
final class Blocks {

    /** Records are indexed in the low bits of each entry. */
    private static final int INDEX_BITS = 24;
    static final int MAX_RECORDS = 1 << INDEX_BITS;
    private static final long INDEX_MASK = MAX_RECORDS - 1L;
    /**
     * Above the index, the key's kind: whether it is a fallback one, whether only records of
     * different names meet in it, and whether it is split by organisation past its limit.
     */
    private static final int KIND_BITS = 3;
    private static final long FALLBACK = 1;
    private static final long ONLY_FOR_DIFFERENT_NAMES = 2;
    private static final long SPLIT_BY_ORGANIZATION = 4;

    private final long[] entries;
    private final int[] bounds; // start and end of each block of two or more records within its limit

    private Blocks(long[] entries, int[] bounds) {
        this.entries = entries;
        this.bounds = bounds;
    }

    /** The blocks of records, record i being {@code records.get(i)}. */
    static Blocks of(List<PersonRecord> records) {
        if (records.size() > MAX_RECORDS) {
            throw new IllegalArgumentException("at most " + MAX_RECORDS + " registrations are linked at once, not " + records.size());
        }
        long[][] keysOf = new long[records.size()][];
        IntStream.range(0, records.size()).parallel().forEach(i -> {
            PersonRecord record = records.get(i);
            List<String> keys = !record.named() && record.nationalId() == null ? List.of() : Blocking.keys(record);
            long[] entries = new long[keys.size()];
            for (int k = 0; k < entries.length; k++) {
                entries[k] = entry(keys.get(k), i);
            }
            keysOf[i] = entries;
        });
        int total = 0;
        for (long[] keys : keysOf) {
            total += keys.length;
        }
        long[] entries = new long[total];
        int at = 0;
        for (long[] keys : keysOf) {
            System.arraycopy(keys, 0, entries, at, keys.length);
            at += keys.length;
        }
        SortOnEveryCore.sort(entries);
        long[] refined = refinedByOrganization(entries, records);
        long[] all = entries;
        if (refined.length > 0) {
            all = Arrays.copyOf(entries, entries.length + refined.length);
            System.arraycopy(refined, 0, all, entries.length, refined.length);
        }
        Bounds bounds = new Bounds();
        bounds.addRuns(all, 0, entries.length);
        bounds.addRuns(all, entries.length, all.length);
        return new Blocks(all, bounds.toArray());
    }

    /**
     * The blocks past their limit (a name that common among a million registrations) split by the
     * organisation each member serves in, sorted: one person's registrations name the same
     * service, so they still meet within the limit while the namesakes of other services do not.
     */
    private static long[] refinedByOrganization(long[] sorted, List<PersonRecord> records) {
        LongStream.Builder refined = LongStream.builder();
        int runStart = 0;
        for (int j = 1; j <= sorted.length; j++) {
            if (j == sorted.length || sorted[j] >>> INDEX_BITS != sorted[runStart] >>> INDEX_BITS) {
                if (j - runStart > limit(sorted[runStart]) && (sorted[runStart] >>> INDEX_BITS & SPLIT_BY_ORGANIZATION) != 0) {
                    for (int e = runStart; e < j; e++) {
                        int index = (int) (sorted[e] & INDEX_MASK);
                        String organization = records.get(index).organization();
                        if (organization != null) {
                            refined.add(refinedEntry(sorted[e], organization));
                        }
                    }
                }
                runStart = j;
            }
        }
        long[] entries = refined.build().toArray();
        SortOnEveryCore.sort(entries);
        return entries;
    }

    /** The entry of the same record and kind in the block of the key and the organisation together. */
    private static long refinedEntry(long entry, String organization) {
        long keyAndKind = entry >>> INDEX_BITS;
        long kind = keyAndKind & (1L << KIND_BITS) - 1 & ~SPLIT_BY_ORGANIZATION;
        long hash = spread(keyAndKind * 0x9e3779b97f4a7c15L ^ organization.hashCode());
        return ((hash >>> INDEX_BITS + KIND_BITS) << KIND_BITS | kind) << INDEX_BITS | (entry & INDEX_MASK);
    }

    /** Start and end of each block of two or more records within its limit. */
    private static final class Bounds {
        private final IntStream.Builder bounds = IntStream.builder();

        /** The blocks among the sorted entries from {@code from} to {@code to}. */
        void addRuns(long[] entries, int from, int to) {
            int runStart = from;
            for (int j = from + 1; j <= to; j++) {
                if (j == to || entries[j] >>> INDEX_BITS != entries[runStart] >>> INDEX_BITS) {
                    int size = j - runStart;
                    if (size > 1 && size <= limit(entries[runStart])) {
                        bounds.add(runStart).add(j);
                    }
                    runStart = j;
                }
            }
        }

        int[] toArray() {
            return bounds.build().toArray();
        }
    }

    /** The records of block {@code b}, in index order. */
    int[] members(int b) {
        int start = bounds[2 * b];
        int[] members = new int[bounds[2 * b + 1] - start];
        for (int i = 0; i < members.length; i++) {
            members[i] = (int) (entries[start + i] & INDEX_MASK);
        }
        return members;
    }

    /** How many blocks have two records or more, within their limit. */
    int count() {
        return bounds.length / 2;
    }

    /** Whether block {@code b} compares only records whose names differ. */
    boolean onlyForDifferentNames(int b) {
        return (entries[bounds[2 * b]] >>> INDEX_BITS & ONLY_FOR_DIFFERENT_NAMES) != 0;
    }

    private static long entry(String key, int index) {
        long kind = (Blocking.maxBlock(key) == Blocking.MAX_SLIP_BLOCK ? FALLBACK : 0)
                | (Blocking.onlyForDifferentNames(key) ? ONLY_FOR_DIFFERENT_NAMES : 0)
                | (Blocking.splitByOrganization(key) ? SPLIT_BY_ORGANIZATION : 0);
        return ((hash(key) >>> INDEX_BITS + KIND_BITS) << KIND_BITS | kind) << INDEX_BITS | index;
    }

    private static int limit(long entry) {
        long kind = entry >>> INDEX_BITS;
        if ((kind & ONLY_FOR_DIFFERENT_NAMES) != 0) {
            return Blocking.MAX_NEAR_BLOCK;
        }
        return (kind & FALLBACK) != 0 ? Blocking.MAX_SLIP_BLOCK : Blocking.MAX_BLOCK;
    }

    /** 64-bit FNV-1a over the key's characters, then MurmurHash3's finaliser to spread every bit. */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        return spread(h);
    }

    /** MurmurHash3's finaliser: every bit of {@code h} moves every bit of the result. */
    private static long spread(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
