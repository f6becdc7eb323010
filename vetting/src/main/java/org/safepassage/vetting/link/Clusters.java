package org.safepassage.vetting.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of linking: each record's cluster (a person as far as the evidence goes), the
 * members of each cluster, and the links that joined them.
 */
public record Clusters(int[] clusterOf, List<int[]> members, Map<Integer, List<Link>> linksOf) {

    public String clusterId(int record) {
        return "c-" + clusterOf[record];
    }

    /** The same clusters with every marked record in a cluster of its own; links of marked records are dropped, on both ends. */
    public Clusters isolate(boolean[] marked) {
        return isolate(marked, new boolean[marked.length], Map.of());
    }

    /**
     * As {@link #isolate(boolean[])}, except that marked records which may stay together (both
     * {@code mayRejoin}, whose indexes {@code indexOf} gives by id) and were joined by a confirmed
     * link (both told what only the person knows, and it agreed) stay together, apart from the rest
     * of their cluster; the links between them are kept.
     */
    public Clusters isolate(boolean[] marked, boolean[] mayRejoin, Map<String, Integer> indexOf) {
        int n = clusterOf.length;
        int[] rejoined = new int[n];
        for (int i = 0; i < n; i++) {
            rejoined[i] = i;
        }
        List<Link> rejoining = new ArrayList<>();
        linksOf.forEach((record, links) -> {
            if (!(mayRejoin[record] && marked[record])) {
                return; // each of its links has it at one end
            }
            for (Link link : links) {
                Integer a = indexOf.get(link.a());
                Integer b = indexOf.get(link.b());
                if (link.confirmed() && a != null && b != null && mayRejoin[a] && mayRejoin[b] && marked[a] && marked[b]) {
                    int ra = Linker.find(rejoined, a);
                    int rb = Linker.find(rejoined, b);
                    if (ra != rb) {
                        rejoined[Math.max(ra, rb)] = Math.min(ra, rb);
                    }
                    if (record == Math.min(a, b)) {
                        rejoining.add(link);
                    }
                }
            }
        });
        boolean[] broken = new boolean[members.size()];
        for (int[] group : members) {
            boolean some = false;
            for (int m : group) {
                some |= marked[m];
            }
            broken[clusterOf[group[0]] - 1] = some && group.length > 1;
        }
        int[] renumbered = new int[n];
        int[] numberOfOld = new int[members.size()];
        List<int[]> newMembers = new ArrayList<>();
        int[] size = new int[n + 1]; // by new number: the members that stay in a cluster numbered as before
        for (int i = 0; i < n; i++) {
            int old = clusterOf[i] - 1;
            if (broken[old] && marked[i]) {
                int root = Linker.find(rejoined, i);
                if (root != i) {
                    renumbered[i] = renumbered[root]; // the root comes first: it has the lowest index
                    int[] grown = Arrays.copyOf(newMembers.get(renumbered[i] - 1), newMembers.get(renumbered[i] - 1).length + 1);
                    grown[grown.length - 1] = i;
                    newMembers.set(renumbered[i] - 1, grown);
                    continue;
                }
                newMembers.add(new int[] {i});
                renumbered[i] = newMembers.size();
                continue;
            }
            if (numberOfOld[old] == 0) {
                newMembers.add(null);
                numberOfOld[old] = newMembers.size();
            }
            renumbered[i] = numberOfOld[old];
            size[renumbered[i]]++;
        }
        // the staying members in the order of their indexes, as each cluster's members are
        int[][] staying = new int[newMembers.size() + 1][];
        for (int i = 0; i < n; i++) {
            int old = clusterOf[i] - 1;
            if (!(broken[old] && marked[i])) {
                int number = renumbered[i];
                if (staying[number] == null) {
                    staying[number] = new int[size[number]];
                    size[number] = 0;
                }
                staying[number][size[number]++] = i;
            }
        }
        for (int number = 1; number < staying.length; number++) {
            if (staying[number] != null) {
                newMembers.set(number - 1, staying[number]);
            }
        }
        // every link of a record taken out of its cluster goes, on both ends, but those that keep two together
        Set<Link> cut = new HashSet<>();
        linksOf.forEach((record, links) -> {
            if (broken[clusterOf[record] - 1] && marked[record]) {
                cut.addAll(links);
            }
        });
        Map<Integer, List<Link>> keptLinks = new HashMap<>();
        linksOf.forEach((record, links) -> {
            if (!broken[clusterOf[record] - 1]) {
                keptLinks.put(record, links); // both ends of each of its links are in its cluster: none is cut
            } else if (!marked[record]) {
                List<Link> kept = links.stream().filter(link -> !cut.contains(link)).toList();
                if (!kept.isEmpty()) {
                    keptLinks.put(record, kept);
                }
            }
        });
        for (Link link : rejoining) {
            keptLinks.computeIfAbsent(indexOf.get(link.a()), k -> new ArrayList<>()).add(link);
            keptLinks.computeIfAbsent(indexOf.get(link.b()), k -> new ArrayList<>()).add(link);
        }
        return new Clusters(renumbered, newMembers, keptLinks);
    }
}
