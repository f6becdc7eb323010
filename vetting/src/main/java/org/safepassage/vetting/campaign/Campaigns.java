package org.safepassage.vetting.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Campaigns from the groups the signals found. */
public final class Campaigns {

    private Campaigns() {
    }

    /** Registrations a signal's detector names together, of one kind ("template", "swarm", "impersonation"). */
    public record Part(String kind, int[] members) {
    }

    /**
     * The parts the detectors named (swarms, templates spanning enough people, impersonated
     * identities), joined where they share a registration, numbered k-1, k-2, … in the order of
     * their first members.
     */
    public static List<Campaign> of(List<Part> parts, int[] personOf) {
        List<int[]> groups = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (Part part : parts) {
            groups.add(part.members());
            kinds.add(part.kind());
        }
        Map<Integer, Integer> groupOfMember = new HashMap<>();
        DisjointSets sets = new DisjointSets(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            for (int m : groups.get(g)) {
                Integer earlier = groupOfMember.putIfAbsent(m, g);
                if (earlier != null) {
                    sets.join(earlier, g);
                }
            }
        }
        Map<Integer, List<Integer>> joined = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            joined.computeIfAbsent(sets.find(g), r -> new ArrayList<>()).add(g);
        }
        List<Campaign> campaigns = new ArrayList<>();
        for (List<Integer> component : joined.values()) {
            Set<Integer> members = new TreeSet<>();
            Set<String> partKinds = new TreeSet<>();
            for (int g : component) {
                for (int m : groups.get(g)) {
                    members.add(m);
                }
                partKinds.add(kinds.get(g));
            }
            int[] memberArray = members.stream().mapToInt(Integer::intValue).toArray();
            Set<Integer> people = new HashSet<>();
            for (int m : memberArray) {
                people.add(personOf[m]);
            }
            int representative = component.stream().filter(g -> kinds.get(g).equals("template")).findFirst()
                    .map(g -> groups.get(g)[0]).orElse(-1);
            String summary = memberArray.length + " registrations by " + people.size() + " different people, tied by "
                    + String.join(" and ", partKinds.stream().map(k -> switch (k) {
                        case "template" -> "a shared text";
                        case "swarm" -> "arriving nearly empty in a swarm";
                        default -> "one claimed identity";
                    }).toList());
            campaigns.add(new Campaign(null, memberArray, people.size(), List.copyOf(partKinds), representative, summary));
        }
        campaigns.sort((x, y) -> Integer.compare(x.members()[0], y.members()[0]));
        List<Campaign> numbered = new ArrayList<>(campaigns.size());
        for (int i = 0; i < campaigns.size(); i++) {
            Campaign c = campaigns.get(i);
            numbered.add(new Campaign("k-" + (i + 1), c.members(), c.people(), c.kinds(), c.representative(), c.summary()));
        }
        return numbered;
    }

}
