package org.safepassage.vetting.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.safepassage.vetting.link.compare.FactsAtAGlance;
import org.safepassage.vetting.names.NameKey;

/**
 * Links records into persons: blocking, weighted comparison of every pair that shares a block,
 * then clustering that joins two groups only when the evidence between the groups as a whole
 * holds, never on one weak link, and never across two valid national IDs that differ.
 */
public final class Linker {

    /** Groups this small are compared member by member before they are joined. */
    private static final int FULL_CHECK_PAIRS = 2_500;
    /** Bits a pair's packed facts must fall short by to be passed over, against rounding in sums made in another order. */
    private static final double SLACK = 1e-9;

    private final PairComparator comparator;

    private final boolean validIdsVeto;
    private final boolean fathersVeto;
    /** The share of the threshold a registration alone needs on average with a group, when its link shares something private. */
    private final double aloneJoining;
    /** A pair across two groups weighing less than this speaks against joining them. */
    private final double againstInGroup;

    public Linker(PairComparator comparator) {
        this.comparator = comparator;
        this.validIdsVeto = comparator.model().flag("validIdsVeto");
        this.fathersVeto = comparator.model().flag("fathersVeto");
        this.aloneJoining = comparator.model().value(LinkageModel.Field.PAIR, "aloneJoining");
        this.againstInGroup = comparator.model().value(LinkageModel.Field.PAIR, "againstInGroup");
    }

    /** Pairs at or above the threshold, each (lower index, higher index) once. */
    public CandidateLinks candidateLinks(List<PersonRecord> records) {
        Blocks blocks = Blocks.of(records);
        double threshold = comparator.threshold();
        double[] namesCeiling = new double[records.size()];
        IntStream.range(0, namesCeiling.length).parallel().forEach(i -> namesCeiling[i] = comparator.namesCeiling(records.get(i)));
        FactsAtAGlance facts = comparator.factsAtAGlance(records);
        CandidateLinks.Buffer found = IntStream.range(0, blocks.count()).parallel().collect(CandidateLinks.Buffer::new, (buffer, b) -> {
            int[] block = blocks.members(b);
            int[] packed = facts.of(block);
            boolean onlyForDifferentNames = blocks.onlyForDifferentNames(b);
            for (int i = 0; i < block.length; i++) {
                PersonRecord a = records.get(block[i]);
                for (int j = i + 1; j < block.length; j++) {
                    if (onlyForDifferentNames && sameNames(a, records.get(block[j]))) {
                        continue;
                    }
                    // Most pairs (85 % at a million) fall short on the facts beside the names: told from the packed
                    // facts, without reading the other record (a hair of slack for the order of the sums).
                    if (facts.ceiling(packed, i, j) + namesCeiling[a.index()] < threshold - SLACK) {
                        continue;
                    }
                    PersonRecord other = records.get(block[j]);
                    // A pair in several blocks is compared again rather than looked up: a lookup
                    // per pair would cost more than the rare repeat.
                    double weight = comparator.compareIfItMayReach(a, other, threshold, namesCeiling[a.index()]);
                    if (weight >= threshold) {
                        buffer.add(pair(a.index(), other.index()), weight);
                    }
                }
            }
        }, CandidateLinks.Buffer::addAll);
        return CandidateLinks.of(found);
    }

    /** Whether two records' given names have one skeleton and their family names too: a near-name block does not compare them. */
    private static boolean sameNames(PersonRecord a, PersonRecord b) {
        return a.family().skeleton().equals(b.family().skeleton()) && a.given().skeleton().equals(b.given().skeleton());
    }

    /** Clusters the records from their candidate links. */
    public Clusters cluster(List<PersonRecord> records, CandidateLinks candidates) {
        int n = records.size();
        int[] parent = IntStream.range(0, n).toArray();
        // each group's members and valid national IDs, kept at its root; null for a record still alone
        int[][] groups = new int[n][];
        @SuppressWarnings("unchecked")
        Set<String>[] ids = new Set[n];
        List<long[]> joins = new ArrayList<>(); // the links that joined two groups: (a, b), explained after
        double threshold = comparator.threshold();
        for (int link : candidates.heaviestFirst()) {
            int a = (int) (candidates.pair(link) >>> 32);
            int b = (int) (candidates.pair(link) & 0xffffffffL);
            int rootA = find(parent, a);
            int rootB = find(parent, b);
            if (rootA == rootB) {
                continue;
            }
            int[] groupA = groups[rootA] != null ? groups[rootA] : new int[] {rootA};
            int[] groupB = groups[rootB] != null ? groups[rootB] : new int[] {rootB};
            Set<String> idsA = ids[rootA] != null ? ids[rootA] : validId(records.get(rootA));
            Set<String> idsB = ids[rootB] != null ? ids[rootB] : validId(records.get(rootB));
            if (validIdsVeto && !idsA.isEmpty() && !idsB.isEmpty() && Collections.disjoint(idsA, idsB)) {
                continue; // two different valid national IDs: two people
            }
            if (fathersVeto && Collections.disjoint(idsA, idsB) && fathersConflict(records, groupA, groupB)) {
                continue; // one person has one father: unless a valid national ID ties them, two people
            }
            // A registration alone whose link is one where something private agrees needs less
            // on average: the group's sparse registrations (a name and a unit) would pull it below
            // the line. A copy of public facts (what a planted registration has) needs it whole.
            double averageNeeded = Math.min(groupA.length, groupB.length) == 1
                    && comparator.confirms(records.get(a), records.get(b)) ? threshold * aloneJoining : threshold;
            if (!holdsAsAWhole(records, groupA, groupB, candidates, candidates.weight(link), threshold, averageNeeded)) {
                continue;
            }
            int root = Math.min(rootA, rootB);
            int other = root == rootA ? rootB : rootA;
            parent[other] = root;
            int[] merged = Arrays.copyOf(groupA, groupA.length + groupB.length);
            System.arraycopy(groupB, 0, merged, groupA.length, groupB.length);
            groups[root] = merged;
            groups[other] = null;
            Set<String> mergedIds = new HashSet<>(idsA);
            mergedIds.addAll(idsB);
            ids[root] = mergedIds;
            ids[other] = null;
            joins.add(new long[] {a, b});
        }
        // Every joining link's evidence in words, on every core: the joining above is sequential,
        // explaining a link (its reasons formatted) is not.
        Link[] explained = new Link[joins.size()];
        IntStream.range(0, joins.size()).parallel().forEach(k -> {
            PersonRecord a = records.get((int) joins.get(k)[0]);
            PersonRecord b = records.get((int) joins.get(k)[1]);
            List<Evidence> evidence = new ArrayList<>();
            double weight = comparator.compare(a, b, evidence);
            explained[k] = Link.between(a, b, weight, evidence);
        });
        Map<Integer, List<Link>> linksOf = new HashMap<>();
        for (int k = 0; k < explained.length; k++) {
            linksOf.computeIfAbsent((int) joins.get(k)[0], i -> new ArrayList<>()).add(explained[k]);
            linksOf.computeIfAbsent((int) joins.get(k)[1], i -> new ArrayList<>()).add(explained[k]);
        }
        return number(parent, linksOf);
    }

    /**
     * Whether joining two groups is supported by the groups as a whole: the average weight over
     * every cross pair must reach {@code averageNeeded} (the match threshold, or less for a
     * registration alone), and no cross pair may speak against (weigh less than
     * {@code pair.againstInGroup}: what one person's registrations differ in, birth years two apart,
     * names written the other way round, a promotion or a transfer, does not; pairs not compared
     * yet are compared now), so a single link between two otherwise different people does not
     * chain them together.
     */
    private boolean holdsAsAWhole(List<PersonRecord> records, int[] groupA, int[] groupB,
                                  CandidateLinks candidates, double linkWeight, double threshold, double averageNeeded) {
        if (groupA.length == 1 && groupB.length == 1) {
            return true;
        }
        if ((long) groupA.length * groupB.length > FULL_CHECK_PAIRS) {
            return linkWeight >= threshold * 1.5;
        }
        double sum = 0;
        for (int a : groupA) {
            for (int b : groupB) {
                double known = candidates.weight(a, b);
                double weight = Double.isNaN(known) ? comparator.compare(records.get(a), records.get(b)) : known;
                if (weight < againstInGroup) {
                    return false; // some pair across the groups speaks against one person
                }
                sum += weight;
            }
        }
        return sum / ((double) groupA.length * groupB.length) >= averageNeeded;
    }

    /**
     * Whether both groups name a father and no father's name of one can be one of the other's (as
     * the comparator reads names: a slip, a vowel, a compound's part and a short spelling one letter
     * off all can).
     */
    private boolean fathersConflict(List<PersonRecord> records, int[] groupA, int[] groupB) {
        boolean anyA = false;
        boolean anyB = false;
        for (int a : groupA) {
            NameKey fatherA = records.get(a).father();
            if (fatherA.isEmpty()) {
                continue;
            }
            anyA = true;
            for (int b : groupB) {
                NameKey fatherB = records.get(b).father();
                if (!fatherB.isEmpty()) {
                    anyB = true;
                    if (comparator.namesMayBeOne(fatherA, fatherB)) {
                        return false;
                    }
                }
            }
        }
        if (anyA && !anyB) {
            for (int b : groupB) {
                anyB |= !records.get(b).father().isEmpty();
            }
        }
        return anyA && anyB;
    }

    private static Set<String> validId(PersonRecord record) {
        return record.nationalIdValid() ? Set.of(record.nationalId()) : Set.of();
    }

    private static Clusters number(int[] parent, Map<Integer, List<Link>> linksOf) {
        int n = parent.length;
        int[] clusterOf = new int[n];
        int[] numberOfRoot = new int[n];
        Arrays.fill(numberOfRoot, -1);
        List<IntList> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (numberOfRoot[root] < 0) {
                numberOfRoot[root] = members.size();
                members.add(new IntList());
            }
            clusterOf[i] = numberOfRoot[root] + 1;
            members.get(numberOfRoot[root]).add(i);
        }
        List<int[]> memberArrays = members.stream().map(list -> Arrays.copyOf(list.values, list.size)).toList();
        return new Clusters(clusterOf, memberArrays, linksOf);
    }

    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static long pair(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    /** A growable int array, lighter than a list of boxed integers for millions of entries. */
    static final class IntList {
        int[] values = new int[2];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
