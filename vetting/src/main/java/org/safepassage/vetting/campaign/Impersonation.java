package org.safepassage.vetting.campaign;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safepassage.vetting.assess.Finding;
import org.safepassage.vetting.assess.Signal;
import org.safepassage.vetting.consistency.Rank;
import org.safepassage.vetting.link.FieldFrequencies;
import org.safepassage.vetting.link.PersonRecord;

/**
 * One identity claimed by several different people: registrations with the same full name in one
 * organisation that linking keeps apart because their father's names, birth years or national IDs
 * conflict, far more of them than the name's frequency explains. The regime's way to find out
 * what the receiving side knows of a senior person, or to bury the real one among fakes.
 *
 * <p>How many namesakes to expect in an organisation is taken from the name itself: the people of
 * that name in the other organisations, in proportion to the organisation's share; and at least
 * what the two names' frequencies give, overall and among the organisation's own people (whose
 * names are their own: women's names in a ministry, a clergy's family names). A common full name
 * has namesakes everywhere; an impersonated one piles up in one organisation, beyond what chance
 * gives ({@link #SURPRISE}). An identity is more than a name: when the name is common enough that
 * its namesakes in the organisation hide a pile, the claimants who also give the same rank are
 * tested on their own, against the namesakes expected to hold that rank (a senior rank is held by
 * few, so a dozen people claiming one name with one general's rank stand out where a dozen
 * namesakes do not). A claimant who typed the whole name into one field claims the name it reads
 * as (Hassan Abbasi / blank is Hassan Abbasi).
 */
public final class Impersonation {

    /**
     * How unlikely a pile of claimants must be, were they namesakes by chance: the name is tested
     * in every organisation, tens of thousands of tests on a large file, so only a one in 100,000
     * chance counts.
     */
    static final double SURPRISE = 1e-5;

    private Impersonation() {
    }

    /** P(X ≥ k) for a Poisson count X with mean λ. */
    static double poissonTail(int k, double lambda) {
        double term = Math.exp(-lambda);
        double below = 0;
        for (int i = 0; i < k; i++) {
            below += term;
            term *= lambda / (i + 1);
        }
        return Math.max(0, 1 - below);
    }

    /** A full name claimed by several people: its members and how many different people (clusters) they are. */
    public record Group(int[] members, int people) {
    }

    /**
     * @param records   the registrations' linking records
     * @param personOf  the cluster of each registration
     */
    public static List<Group> find(List<PersonRecord> records, int[] personOf, FieldFrequencies frequencies,
                                   Finding[] findings) {
        Map<String, List<Integer>> byName = new HashMap<>();
        for (PersonRecord record : records) {
            String given = record.givenAsRead().skeleton();
            String family = record.familyAsRead().skeleton();
            if (given.isEmpty() || family.isEmpty()) {
                continue;
            }
            String key = given.compareTo(family) <= 0 ? given + "|" + family : family + "|" + given;
            byName.computeIfAbsent(key, k -> new ArrayList<>(2)).add(record.index());
        }
        RankShares rankShares = RankShares.of(records);
        NamesWithin namesWithin = NamesWithin.of(records);
        List<Group> groups = new ArrayList<>();
        for (List<Integer> named : byName.values()) {
            if (named.size() < 3) {
                continue;
            }
            Map<String, List<Integer>> byOrganization = new HashMap<>();
            Set<Integer> everyone = new HashSet<>();
            for (int m : named) {
                everyone.add(personOf[m]);
                String organization = records.get(m).organization();
                byOrganization.computeIfAbsent(organization == null ? "" : organization, k -> new ArrayList<>()).add(m);
            }
            for (Map.Entry<String, List<Integer>> entry : byOrganization.entrySet()) {
                if (!entry.getKey().isEmpty() && entry.getValue().size() >= 3) {
                    claimed(records, personOf, frequencies, rankShares, namesWithin, findings, entry.getKey(), entry.getValue(), everyone)
                            .ifPresent(groups::add);
                }
            }
        }
        groups.sort((x, y) -> Integer.compare(x.members()[0], y.members()[0]));
        return groups;
    }

    private static Optional<Group> claimed(List<PersonRecord> records, int[] personOf, FieldFrequencies frequencies,
                                           RankShares rankShares, NamesWithin namesWithin, Finding[] findings,
                                           String organization, List<Integer> members, Set<Integer> everyone) {
        Set<Integer> people = new HashSet<>();
        for (int m : members) {
            people.add(personOf[m]);
        }
        PersonRecord first = records.get(members.get(0));
        double share = Math.min(0.9, frequencies.organization(organization));
        String given = first.givenAsRead().skeleton();
        String family = first.familyAsRead().skeleton();
        double byFrequency = frequencies.records() * frequencies.given(given) * frequencies.family(family) * share;
        double elsewhere = (everyone.size() - people.size()) * share / (1 - share);
        double within = namesWithin.namesakes(organization, given, family, members.size());
        double expected = Math.max(Math.max(byFrequency, elsewhere), within);
        Optional<Group> byName = pile(records, personOf, findings, members, expected, "in " + organization);
        if (byName.isPresent()) {
            return byName;
        }
        Map<Rank, List<Integer>> byRank = new HashMap<>();
        for (int m : members) {
            Rank rank = records.get(m).rank();
            if (rank != null) {
                byRank.computeIfAbsent(rank, k -> new ArrayList<>()).add(m);
            }
        }
        for (Map.Entry<Rank, List<Integer>> entry : byRank.entrySet()) {
            double expectedWithRank = expected * rankShares.share(organization, entry.getKey());
            Optional<Group> byRankPile = pile(records, personOf, findings, entry.getValue(), expectedWithRank,
                    "in " + organization + " with the rank " + entry.getKey().english());
            if (byRankPile.isPresent()) {
                return byRankPile;
            }
        }
        return Optional.empty();
    }

    /**
     * The claimants as a group when they are too many different people for chance (Poisson tail
     * below {@link #SURPRISE}) and what only the person knows conflicts among them.
     */
    private static Optional<Group> pile(List<PersonRecord> records, int[] personOf, Finding[] findings,
                                        List<Integer> members, double expected, String where) {
        Set<Integer> people = new HashSet<>();
        Set<String> fathers = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        Set<String> nationalIds = new HashSet<>();
        for (int m : members) {
            PersonRecord record = records.get(m);
            people.add(personOf[m]);
            if (!record.father().isEmpty()) {
                fathers.add(record.father().skeleton());
            }
            if (record.birthYear() != null) {
                years.add(record.birthYear());
            }
            if (record.nationalIdValid()) {
                nationalIds.add(record.nationalId());
            }
        }
        int spread = years.isEmpty() ? 0 : Collections.max(years) - Collections.min(years);
        boolean conflicting = fathers.size() >= 2 || nationalIds.size() >= 2 || spread > 2;
        if (people.size() < 3 || poissonTail(people.size(), expected) > SURPRISE || !conflicting) {
            return Optional.empty();
        }
        int[] memberArray = members.stream().mapToInt(Integer::intValue).sorted().toArray();
        String reason = String.format(Locale.ROOT,
                "its full name is claimed %s by %d different people (%d fathers' names, birth years %s, %d valid "
                        + "national IDs); about %.1f expected from the name's namesakes elsewhere", where,
                people.size(), fathers.size(), years.isEmpty() ? "not given" : spread == 0 ? String.valueOf(years.iterator().next())
                        : Collections.min(years) + "–" + Collections.max(years), nationalIds.size(), expected);
        Finding finding = new Finding(Signal.IMPERSONATION, Math.min(1, 0.2 * people.size()), reason);
        for (int m : memberArray) {
            findings[m] = finding;
        }
        return Optional.of(new Group(memberArray, people.size()));
    }

    /**
     * How many of an organisation's records give each given and each family name: the names of one
     * service are not those of all (women's names are many in a ministry and few in an army,
     * a clergy's family names are its own), so the namesakes a service holds by chance are
     * reckoned from its own given and family names, as if paired at random within it.
     */
    private record NamesWithin(Map<String, Map<String, Integer>> given, Map<String, Map<String, Integer>> family,
                               Map<String, Integer> records) {

        static NamesWithin of(List<PersonRecord> records) {
            Map<String, Map<String, Integer>> given = new HashMap<>();
            Map<String, Map<String, Integer>> family = new HashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            for (PersonRecord record : records) {
                if (record.organization() != null && !record.given().isEmpty() && !record.family().isEmpty()) {
                    given.computeIfAbsent(record.organization(), k -> new HashMap<>()).merge(record.given().skeleton(), 1, Integer::sum);
                    family.computeIfAbsent(record.organization(), k -> new HashMap<>()).merge(record.family().skeleton(), 1, Integer::sum);
                    counts.merge(record.organization(), 1, Integer::sum);
                }
            }
            return new NamesWithin(given, family, counts);
        }

        /**
         * The registrations of the full name the organisation would hold were its given and family
         * names paired at random, leaving out the {@code claimed} registrations of the name itself.
         */
        double namesakes(String organization, String givenName, String familyName, int claimed) {
            int total = records.getOrDefault(organization, 0);
            if (total == 0) {
                return 0;
            }
            int withGiven = given.getOrDefault(organization, Map.of()).getOrDefault(givenName, 0) - claimed;
            int withFamily = family.getOrDefault(organization, Map.of()).getOrDefault(familyName, 0) - claimed;
            return Math.max(0, withGiven) * (double) Math.max(0, withFamily) / total;
        }
    }

    /** How many of an organisation's records that give a rank give each rank. */
    private record RankShares(Map<String, Map<String, Integer>> counts, Map<String, Integer> ranked) {

        static RankShares of(List<PersonRecord> records) {
            Map<String, Map<String, Integer>> counts = new HashMap<>();
            Map<String, Integer> ranked = new HashMap<>();
            for (PersonRecord record : records) {
                if (record.rank() != null && record.organization() != null) {
                    counts.computeIfAbsent(record.organization(), k -> new HashMap<>()).merge(record.rank().name(), 1, Integer::sum);
                    ranked.merge(record.organization(), 1, Integer::sum);
                }
            }
            return new RankShares(counts, ranked);
        }

        /** The share of the organisation's ranked records holding the rank (at least one record's worth, out of at least 100). */
        double share(String organization, Rank rank) {
            int holding = counts.getOrDefault(organization, Map.of()).getOrDefault(rank.name(), 0);
            return Math.max(1, holding) / (double) Math.max(100, ranked.getOrDefault(organization, 0));
        }
    }
}
