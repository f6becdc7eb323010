package org.safepassage.vetting.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClustersTest {

    @Test
    void aMarkedRegistrationStandsAloneEvenWhenEveryoneInItsClusterIsMarked() {
        // c-1: two suspects linked to each other; c-2: a suspect linked to two others; c-3: unmarked pair
        Clusters linked = new Clusters(new int[] {1, 1, 2, 2, 2, 3, 3},
                List.of(new int[] {0, 1}, new int[] {2, 3, 4}, new int[] {5, 6}),
                Map.of(0, List.of(new Link("r-0", "r-1", 30, List.of(), true)), 1, List.of(new Link("r-0", "r-1", 30, List.of(), true))));
        boolean[] marked = {true, true, false, true, false, false, false};

        Clusters isolated = linked.isolate(marked);

        int[] cluster = isolated.clusterOf();
        assertThat(cluster[0]).isNotEqualTo(cluster[1]);
        assertThat(cluster[3]).isNotIn(cluster[2], cluster[4]);
        assertThat(cluster[2]).isEqualTo(cluster[4]);
        assertThat(cluster[5]).isEqualTo(cluster[6]);
        assertThat(isolated.members()).hasSize(5).anySatisfy(members -> assertThat(members).containsExactly(2, 4));
        assertThat(isolated.linksOf()).doesNotContainKeys(0, 1);
    }
}
