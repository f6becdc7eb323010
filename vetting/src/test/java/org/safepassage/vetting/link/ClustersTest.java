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

    @Test
    void claimantsJoinedOnWhatOnlyThePersonKnowsStayTogetherApartFromTheOtherClaimants() {
        // one first-linking cluster of four claimants of one name: r-0 and r-1 joined by a confirmed
        // link (both told a father's name, and it agreed), r-2 joined to them on public details only,
        // r-3 confirmed with r-1 but itself suspect
        Link confirmed = new Link("r-0", "r-1", 40, List.of("father's name agrees"), true);
        Link publicOnly = new Link("r-1", "r-2", 25, List.of(), false);
        Link suspectOne = new Link("r-1", "r-3", 35, List.of(), true);
        Clusters linked = new Clusters(new int[] {1, 1, 1, 1}, List.of(new int[] {0, 1, 2, 3}),
                Map.of(0, List.of(confirmed), 1, List.of(confirmed, publicOnly, suspectOne), 2, List.of(publicOnly), 3, List.of(suspectOne)));
        boolean[] marked = {true, true, true, true};
        boolean[] mayRejoin = {true, true, true, false};
        Map<String, Integer> indexOf = Map.of("r-0", 0, "r-1", 1, "r-2", 2);

        Clusters isolated = linked.isolate(marked, mayRejoin, indexOf);

        int[] cluster = isolated.clusterOf();
        assertThat(cluster[0]).isEqualTo(cluster[1]);
        assertThat(cluster[2]).isNotEqualTo(cluster[0]);
        assertThat(cluster[3]).isNotIn(cluster[0], cluster[2]);
        assertThat(isolated.members()).hasSize(3).anySatisfy(members -> assertThat(members).containsExactly(0, 1));
        assertThat(isolated.linksOf().get(0)).containsExactly(confirmed);
        assertThat(isolated.linksOf().get(1)).containsExactly(confirmed);
        assertThat(isolated.linksOf()).doesNotContainKeys(2, 3);
        assertThat(linked.isolate(marked).members()).as("without leave to rejoin, all four alone").hasSize(4);
    }

    @Test
    void aRegistrationLeftInItsClusterLosesItsLinkToTheOneTakenOut() {
        Link toSuspect = new Link("r-0", "r-1", 30, List.of(), true);
        Link kept = new Link("r-0", "r-2", 30, List.of(), true);
        Clusters linked = new Clusters(new int[] {1, 1, 1}, List.of(new int[] {0, 1, 2}),
                Map.of(0, List.of(toSuspect, kept), 1, List.of(toSuspect), 2, List.of(kept)));

        Clusters isolated = linked.isolate(new boolean[] {false, true, false});

        assertThat(isolated.linksOf().get(0)).containsExactly(kept);
        assertThat(isolated.linksOf().get(2)).containsExactly(kept);
        assertThat(isolated.linksOf()).doesNotContainKey(1);
    }

    @Test
    void clustersInterleavedByIndexKeepTheirNumbersOrderAndLinksWhenOneOfThemLosesAMember() {
        // c-1 = {0, 2, 5} loses 2; c-2 = {1, 3} and c-3 = {4} lose nobody
        Link cut = new Link("r-0", "r-2", 30, List.of(), true);
        Link staying = new Link("r-0", "r-5", 30, List.of(), true);
        Link untouched = new Link("r-1", "r-3", 30, List.of("same national ID"), true);
        Clusters linked = new Clusters(new int[] {1, 2, 1, 2, 3, 1}, List.of(new int[] {0, 2, 5}, new int[] {1, 3}, new int[] {4}),
                Map.of(0, List.of(cut, staying), 1, List.of(untouched), 2, List.of(cut), 3, List.of(untouched), 5, List.of(staying)));

        Clusters isolated = linked.isolate(new boolean[] {false, false, true, false, false, false});

        assertThat(isolated.clusterOf()).as("numbered by each cluster's first index").containsExactly(1, 2, 3, 2, 4, 1);
        assertThat(isolated.members()).satisfiesExactly(
                members -> assertThat(members).containsExactly(0, 5),
                members -> assertThat(members).containsExactly(1, 3),
                members -> assertThat(members).containsExactly(2),
                members -> assertThat(members).containsExactly(4));
        assertThat(isolated.linksOf().get(0)).containsExactly(staying);
        assertThat(isolated.linksOf().get(5)).containsExactly(staying);
        assertThat(isolated.linksOf().get(1)).containsExactly(untouched);
        assertThat(isolated.linksOf().get(3)).containsExactly(untouched);
        assertThat(isolated.linksOf()).doesNotContainKeys(2, 4);
    }
}
