package org.safepassage.vetting.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.safepassage.vetting.assess.Finding;
import org.safepassage.vetting.assess.Signal;
import org.safepassage.vetting.campaign.Bursts;
import org.safepassage.vetting.campaign.Impersonation;
import org.safepassage.vetting.campaign.NearDuplicateTexts;
import org.safepassage.vetting.campaign.Swarms;
import org.safepassage.vetting.link.Clusters;
import org.safepassage.vetting.link.FieldFrequencies;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.names.Edits;
import org.safepassage.vetting.screen.Screener;

/**
 * Every signal's findings on every registration, once linking has said who is who: consistency
 * checks, contradicted reference entries, bursts, shared templates, impersonation; and the
 * mistyped national IDs forgiven.
 *
 * @param findings     per registration, what the signals saw
 * @param templates    the groups of near-duplicate texts across people
 * @param impersonated the identities claimed by several people
 * @param swarms       the bursts of nearly empty registrations
 * @param notes        per registration, a note for the reasons (a forgiven national ID), or null
 */
record SignalScan(List<Finding>[] findings, List<NearDuplicateTexts.Group> templates,
                  List<Impersonation.Group> impersonated, List<Swarms.Swarm> swarms, String[] notes) {

    /** A shared text is a template when it spans at least this many different people. */
    static final int TEMPLATE_PEOPLE = 3;
    /** A reference match this strong with a birth year this far off contradicts the entry. */
    private static final double CONTRADICTION_SCORE = 0.9;
    private static final int CONTRADICTION_YEARS = 3;

    static SignalScan of(List<Subject> subjects, List<PersonRecord> records, FieldFrequencies frequencies, Clusters linked,
                         List<List<Screener.Match>> hits) {
        int n = subjects.size();
        @SuppressWarnings("unchecked")
        List<Finding>[] findings = new List[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            List<Finding> found = new ArrayList<>(subjects.get(i).record().consistency());
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
        Long[] hours = new Long[n];
        boolean[] nearlyEmpty = new boolean[n];
        for (int i = 0; i < n; i++) {
            hours[i] = subjects.get(i).hour();
            nearlyEmpty[i] = subjects.get(i).nearlyEmpty();
        }
        List<Swarms.Swarm> swarms = Swarms.find(hours, nearlyEmpty);
        for (Swarms.Swarm swarm : swarms) {
            for (int m : swarm.members()) {
                findings[m].add(swarm.finding());
            }
        }
        int[][] sketches = subjects.stream().map(Subject::sketch).toArray(int[][]::new);
        List<NearDuplicateTexts.Group> templates = NearDuplicateTexts.find(sketches, linked.clusterOf(), TEMPLATE_PEOPLE, hours);
        for (NearDuplicateTexts.Group group : templates) {
            Finding finding = new Finding(Signal.TEMPLATE, Math.min(1, group.people() / 20.0),
                    "narrative nearly the same as registrations of " + (group.people() - 1)
                            + " other people (a shared template)");
            for (int m : group.members()) {
                findings[m].add(finding);
            }
        }
        Finding[] impersonations = new Finding[n];
        List<Impersonation.Group> impersonated = Impersonation.find(records, linked.clusterOf(), frequencies, impersonations);
        for (int i = 0; i < n; i++) {
            if (impersonations[i] != null) {
                findings[i].add(impersonations[i]);
            }
        }

        String[] notes = forgiveMistypedNationalIds(records, linked, findings);
        return new SignalScan(findings, templates, impersonated, swarms, notes);
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
}
