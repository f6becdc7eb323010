package org.safepassage.vetting.link;

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
}
