package org.safepassage.vetting.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.safepassage.vetting.assess.Finding;
import org.safepassage.vetting.assess.Signal;
import org.safepassage.vetting.assess.SignalWeights;
import org.safepassage.vetting.campaign.Bursts;
import org.safepassage.vetting.campaign.Campaign;
import org.safepassage.vetting.campaign.Impersonation;
import org.safepassage.vetting.campaign.NearDuplicateTexts;
import org.safepassage.vetting.consistency.ConsistencyChecks;
import org.safepassage.vetting.link.Clusters;
import org.safepassage.vetting.link.FieldFrequencies;
import org.safepassage.vetting.link.Link;
import org.safepassage.vetting.link.LinkWeights;
import org.safepassage.vetting.link.Linker;
import org.safepassage.vetting.link.PairComparator;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.names.Edits;
import org.safepassage.vetting.screen.Screener;

/**
 * The whole of vetting over registrations held in memory: linking into persons, screening,
 * consistency checks, campaign signals (shared templates, bursts, impersonation), scores with
 * their reasons, and campaigns. A registration whose planted risk reaches the suspect level is
 * kept out of any genuine person's cluster. Used by {@code vet} and by the desk.
 */
public final class VettingEngine {

    /** A shared text is a template when it spans at least this many different people. */
    public static final int TEMPLATE_PEOPLE = 3;
    /**
     * A template is a campaign of its own when it spans at least this many people: smaller groups
     * of like texts raise their members' risk a little, but honest people also write alike.
     */
    public static final int CAMPAIGN_PEOPLE = 10;
    /** A reference match this strong with a birth year this far off contradicts the entry. */
    private static final double CONTRADICTION_SCORE = 0.9;
    private static final int CONTRADICTION_YEARS = 3;

    private final LinkWeights linkWeights;
    private final SignalWeights signalWeights;
    private final Screener screener;
    private final double screeningThreshold;

    public VettingEngine(LinkWeights linkWeights, SignalWeights signalWeights, Screener screener, double screeningThreshold) {
        this.linkWeights = linkWeights;
        this.signalWeights = signalWeights;
        this.screener = screener;
        this.screeningThreshold = screeningThreshold;
    }

    /** What a run found: the persons, an assessment per registration (in input order), and the campaigns. */
    public record Result(Clusters clusters, List<Assessor.Assessment> assessments, List<Campaign> campaigns,
                         double[] plantedRisk) {
    }

    public Result run(List<Subject> subjects) {
        int n = subjects.size();
        List<PersonRecord> records = subjects.stream().map(Subject::record).toList();
        FieldFrequencies frequencies = new FieldFrequencies();
        frequencies.addAll(records);
        Linker linker = new Linker(new PairComparator(frequencies, linkWeights));
        Clusters linked = linker.cluster(records, linker.candidateLinks(records));
        List<List<Screener.Match>> hits = screen(subjects);

        @SuppressWarnings("unchecked")
        List<Finding>[] findings = new List[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            List<Finding> found = new ArrayList<>(ConsistencyChecks.check(subjects.get(i).claims()));
            contradiction(hits.get(i)).ifPresent(found::add);
            findings[i] = found;
        });
        Bursts.Arrival[] arrivals = new Bursts.Arrival[n];
        for (int i = 0; i < n; i++) {
            Subject subject = subjects.get(i);
            arrivals[i] = new Bursts.Arrival(subject.day(), subject.record().organization(), subject.record().unitKey());
        }
        Finding[] bursts = Bursts.find(arrivals);
        for (int i = 0; i < n; i++) {
            if (bursts[i] != null) {
                findings[i].add(bursts[i]);
            }
        }
        int[][] sketches = subjects.stream().map(Subject::sketch).toArray(int[][]::new);
        List<NearDuplicateTexts.Group> templates = NearDuplicateTexts.find(sketches, linked.clusterOf(), TEMPLATE_PEOPLE);
        for (NearDuplicateTexts.Group group : templates) {
            Finding finding = new Finding(Signal.TEMPLATE, Math.min(1, group.people() / 20.0),
                    "narrative nearly the same as registrations of " + (group.people() - 1)
                            + " other people (a shared template)");
            for (int m : group.members()) {
                findings[m].add(finding);
            }
        }
        Finding[] impersonations = new Finding[n];
        String[] names = subjects.stream().map(Subject::fullName).toArray(String[]::new);
        List<Impersonation.Group> impersonated = Impersonation.find(records, names, linked.clusterOf(), frequencies,
                impersonations);
        for (int i = 0; i < n; i++) {
            if (impersonations[i] != null) {
                findings[i].add(impersonations[i]);
            }
        }

        String[] notes = forgiveMistypedNationalIds(records, linked, findings);

        double[] risk = new double[n];
        boolean[] suspect = new boolean[n];
        for (int i = 0; i < n; i++) {
            risk[i] = risk(findings[i]);
            suspect[i] = risk[i] >= signalWeights.suspectRisk();
        }
        List<Campaign> campaigns = campaigns(n, templates, impersonated, linked.clusterOf());
        String[] campaignOf = new String[n];
        for (Campaign campaign : campaigns) {
            for (int m : campaign.members()) {
                campaignOf[m] = campaign.id();
            }
        }
        // A claimed identity's name is no evidence between its claimants: they are kept apart.
        boolean[] claimant = new boolean[n];
        for (Impersonation.Group group : impersonated) {
            for (int m : group.members()) {
                claimant[m] = true;
            }
        }
        Clusters clusters = linked.separate(suspect).isolate(claimant);
        Set<String> detached = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if ((suspect[i] || claimant[i]) && linked.members().get(linked.clusterOf()[i] - 1).length > 1
                    && clusters.members().get(clusters.clusterOf()[i] - 1).length == 1) {
                detached.add(records.get(i).id());
            }
        }
        List<Assessor.Assessment> assessments = new ArrayList<>(n);
        Assessor.Assessment[] made = new Assessor.Assessment[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            Subject subject = subjects.get(i);
            int size = clusters.members().get(clusters.clusterOf()[i] - 1).length;
            List<Link> links = clusters.linksOf().getOrDefault(i, List.of()).stream()
                    .filter(link -> !detached.contains(link.a()) && !detached.contains(link.b())).toList();
            String keptApart = detached.contains(subject.record().id()) ? "c-" + linked.clusterOf()[i] + " of the first linking" : null;
            made[i] = Assessor.assess(subject, clusters.clusterId(i), size, links, hits.get(i), findings[i], risk[i],
                    campaignOf[i], keptApart, notes[i]);
        });
        assessments.addAll(List.of(made));
        return new Result(clusters, assessments, campaigns, risk);
    }

    /**
     * A wrong check digit one slip away from the valid national ID of another registration of the
     * same person is a typing slip, not a fabrication: its finding is dropped and a note says so.
     */
    private static String[] forgiveMistypedNationalIds(List<PersonRecord> records, Clusters linked, List<Finding>[] findings) {
        String[] notes = new String[records.size()];
        for (int[] group : linked.members()) {
            if (group.length < 2) {
                continue;
            }
            for (int m : group) {
                PersonRecord record = records.get(m);
                if (record.nationalId() == null || record.nationalIdValid()) {
                    continue;
                }
                for (int other : group) {
                    PersonRecord valid = records.get(other);
                    if (valid.nationalIdValid() && Edits.oneSlipApart(record.nationalId(), valid.nationalId())) {
                        findings[m].removeIf(f -> f.signal() == Signal.NATIONAL_ID);
                        notes[m] = "national ID mistyped: one slip from the valid ID in " + valid.id() + ", a registration "
                                + "of the same person";
                        break;
                    }
                }
            }
        }
        return notes;
    }

    /** Independent pieces of evidence: risk = 1 − Π (1 − weight × strength), one finding per signal at most. */
    private double risk(List<Finding> findings) {
        Map<Signal, Double> strongest = new HashMap<>();
        for (Finding finding : findings) {
            strongest.merge(finding.signal(), finding.strength(), Math::max);
        }
        double keep = 1;
        for (Map.Entry<Signal, Double> entry : strongest.entrySet()) {
            keep *= 1 - signalWeights.weight(entry.getKey()) * entry.getValue();
        }
        return 1 - keep;
    }

    private static Optional<Finding> contradiction(List<Screener.Match> hits) {
        for (Screener.Match hit : hits) {
            if (hit.score() >= CONTRADICTION_SCORE && hit.birthYearsApart() != null && hit.birthYearsApart() > CONTRADICTION_YEARS) {
                return Optional.of(new Finding(Signal.REFERENCE_CONTRADICTION, 0.5, String.format(Locale.ROOT,
                        "the name of reference entity %s (score %.2f), but born %d years apart from it", hit.entity(),
                        hit.score(), hit.birthYearsApart())));
            }
        }
        return Optional.empty();
    }

    /** Template groups and impersonation groups, joined where they share a registration. */
    private static List<Campaign> campaigns(int n, List<NearDuplicateTexts.Group> templates,
                                            List<Impersonation.Group> impersonated, int[] personOf) {
        List<int[]> groups = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        templates.stream().filter(g -> g.people() >= CAMPAIGN_PEOPLE).forEach(g -> {
            groups.add(g.members());
            kinds.add("template");
        });
        impersonated.forEach(g -> {
            groups.add(g.members());
            kinds.add("impersonation");
        });
        Map<Integer, Integer> groupOfMember = new HashMap<>();
        int[] parent = IntStream.range(0, groups.size()).toArray();
        for (int g = 0; g < groups.size(); g++) {
            for (int m : groups.get(g)) {
                Integer earlier = groupOfMember.putIfAbsent(m, g);
                if (earlier != null) {
                    parent[find(parent, g)] = find(parent, earlier);
                }
            }
        }
        Map<Integer, List<Integer>> joined = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            joined.computeIfAbsent(find(parent, g), r -> new ArrayList<>()).add(g);
        }
        List<Campaign> campaigns = new ArrayList<>();
        for (List<Integer> parts : joined.values()) {
            Set<Integer> members = new TreeSet<>();
            Set<String> partKinds = new TreeSet<>();
            for (int g : parts) {
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
            int representative = parts.stream().filter(g -> kinds.get(g).equals("template")).findFirst()
                    .map(g -> groups.get(g)[0]).orElse(-1);
            String summary = memberArray.length + " registrations by " + people.size() + " different people, tied by "
                    + String.join(" and ", partKinds.stream().map(k -> k.equals("template") ? "a shared text" : "one claimed identity").toList());
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

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private List<List<Screener.Match>> screen(List<Subject> subjects) {
        if (screener == null) {
            return Collections.nCopies(subjects.size(), List.of());
        }
        @SuppressWarnings("unchecked")
        List<Screener.Match>[] found = new List[subjects.size()];
        IntStream.range(0, subjects.size()).parallel().forEach(i -> {
            Subject subject = subjects.get(i);
            found[i] = subject.fullName() == null ? List.of()
                    : screener.screen(subject.fullName(), subject.record().birthYear(), screeningThreshold);
        });
        return List.of(found);
    }
}
