package org.safepassage.vetting.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of linking: each record's cluster (a person as far as the evidence goes), the
 * members of each cluster, and the links that joined them.
 */
public record Clusters(int[] clusterOf, List<int[]> members, Map<Integer, List<Link>> linksOf) {

    public String clusterId(int record) {
        return "c-" + clusterOf[record];
    }

    /** The same clusters with every marked record in a cluster of its own; links of marked records are dropped. */
    public Clusters isolate(boolean[] marked) {
        int n = clusterOf.length;
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
        Map<Integer, List<Integer>> collecting = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int old = clusterOf[i] - 1;
            if (broken[old] && marked[i]) {
                newMembers.add(new int[] {i});
                renumbered[i] = newMembers.size();
                continue;
            }
            if (numberOfOld[old] == 0) {
                newMembers.add(null);
                numberOfOld[old] = newMembers.size();
            }
            renumbered[i] = numberOfOld[old];
            collecting.computeIfAbsent(numberOfOld[old], k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<Integer, List<Integer>> entry : collecting.entrySet()) {
            newMembers.set(entry.getKey() - 1, entry.getValue().stream().mapToInt(Integer::intValue).toArray());
        }
        Map<Integer, List<Link>> keptLinks = new HashMap<>();
        linksOf.forEach((record, links) -> {
            if (!(broken[clusterOf[record] - 1] && marked[record])) {
                keptLinks.put(record, links);
            }
        });
        return new Clusters(renumbered, newMembers, keptLinks);
    }
}
