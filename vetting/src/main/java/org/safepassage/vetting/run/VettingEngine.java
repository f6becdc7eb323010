package org.safepassage.vetting.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.safepassage.vetting.assess.Finding;
import org.safepassage.vetting.assess.Signal;
import org.safepassage.vetting.assess.SignalWeights;
import org.safepassage.vetting.campaign.Campaign;
import org.safepassage.vetting.campaign.Campaigns;
import org.safepassage.vetting.detect.Detectors;
import org.safepassage.vetting.link.CandidateLinks;
import org.safepassage.vetting.link.Clusters;
import org.safepassage.vetting.link.FieldFrequencies;
import org.safepassage.vetting.link.FrozenShares;
import org.safepassage.vetting.link.Link;
import org.safepassage.vetting.link.LinkageModel;
import org.safepassage.vetting.link.Linker;
import org.safepassage.vetting.link.PairComparator;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.screen.Screener;

/**
 * The whole of vetting over registrations held in memory: linking into persons, screening,
 * consistency checks, campaign signals (shared templates, bursts, impersonation), scores with
 * their reasons, and campaigns. A registration whose planted risk reaches the suspect level is
 * linked to nobody: it stands in a cluster of its own, so that neither a genuine person's file nor
 * another suspect's takes it in (a genuine registration may look like a suspect, and two suspects
 * of different campaigns are no evidence for each other). Used by {@code vet} and by the desk.
 */
public final class VettingEngine {

    private final LinkageModel linkageModel;
    private final SignalWeights signalWeights;
    private final Screener screener;
    private final double screeningThreshold;

    public VettingEngine(LinkageModel linkageModel, SignalWeights signalWeights, Screener screener, double screeningThreshold) {
        this.linkageModel = linkageModel;
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
        Linker linker = new Linker(new PairComparator(frequencies, new FrozenShares(frequencies, records), linkageModel));
        CandidateLinks candidates = linker.candidateLinks(records);
        // what needs only the registrations themselves runs beside the clustering (mostly on one core)
        Detectors.Early early = Detectors.begin(subjects);
        Clusters linked = linker.cluster(records, candidates);
        List<List<Screener.Match>> hits = screen(subjects);

        Detectors.Result detected = Detectors.run(early, subjects, records, frequencies, linked, hits);
        List<Finding>[] findings = detected.detection().findings();
        String[] notes = detected.notes();

        double[] risk = new double[n];
        boolean[] suspect = new boolean[n];
        for (int i = 0; i < n; i++) {
            risk[i] = risk(findings[i]);
            suspect[i] = risk[i] >= signalWeights.suspectRisk();
        }
        List<Campaign> campaigns = Campaigns.of(detected.detection().parts(), linked.clusterOf());
        String[] campaignOf = new String[n];
        for (Campaign campaign : campaigns) {
            for (int m : campaign.members()) {
                campaignOf[m] = campaign.id();
            }
        }
        // A claimed identity's name is no evidence between its claimants: they are kept apart.
        boolean[] claimant = new boolean[n];
        for (Campaigns.Part part : detected.detection().parts()) {
            if (part.kind().equals("impersonation")) {
                for (int m : part.members()) {
                    claimant[m] = true;
                }
            }
        }
        boolean[] apart = new boolean[n];
        for (int i = 0; i < n; i++) {
            apart[i] = suspect[i] || claimant[i];
        }
        // ...except claimants (not suspect themselves) whose link rests on what only the person knows,
        // and agrees: the person and their own second registration, beside someone using their name
        boolean[] mayRejoin = new boolean[n];
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            mayRejoin[i] = claimant[i] && !suspect[i];
            if (mayRejoin[i]) {
                indexOf.put(records.get(i).id(), i);
            }
        }
        Clusters clusters = linked.isolate(apart, mayRejoin, indexOf);
        Set<String> detached = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (apart[i] && linked.members().get(linked.clusterOf()[i] - 1).length > 1) {
                detached.add(records.get(i).id());
            }
        }
        List<Assessor.Assessment> assessments = new ArrayList<>(n);
        Assessor.Assessment[] made = new Assessor.Assessment[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            Subject subject = subjects.get(i);
            int size = clusters.members().get(clusters.clusterOf()[i] - 1).length;
            List<Link> links = clusters.linksOf().getOrDefault(i, List.of());
            String keptApart = detached.contains(subject.record().id()) ? "c-" + linked.clusterOf()[i] + " of the first linking" : null;
            made[i] = Assessor.assess(subject, clusters.clusterId(i), size, links, hits.get(i), findings[i], risk[i],
                    campaignOf[i], keptApart, notes[i]);
        });
        assessments.addAll(List.of(made));
        return new Result(clusters, assessments, campaigns, risk);
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
