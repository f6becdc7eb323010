package org.safepassage.vetting.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.safepassage.vetting.assess.Finding;
import org.safepassage.vetting.campaign.Bursts;
import org.safepassage.vetting.campaign.Campaigns;
import org.safepassage.vetting.link.Clusters;
import org.safepassage.vetting.link.FieldFrequencies;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.run.Subject;
import org.safepassage.vetting.screen.Screener;

/**
 * What detectors see (the registrations, their linking records, how common each value is, who is
 * who, reference list hits) and what they write: findings per registration, and groups that are
 * parts of campaigns.
 */
public final class Detection {

    private final List<Subject> subjects;
    private final List<PersonRecord> records;
    private final FieldFrequencies frequencies;
    private final Clusters linked;
    private final List<List<Screener.Match>> hits;
    private final Supplier<List<int[]>> likeTexts;
    private final Once<Bursts.Found> bursts;
    private final List<Finding>[] findings;
    private final List<Campaigns.Part> parts = new ArrayList<>();

    /**
     * @param likeTexts groups of near-duplicate free texts ({@link org.safepassage.vetting.campaign.NearDuplicateTexts#group}),
     *                  worked out beside the linking: asked for only by the detector that needs them
     */
    public Detection(List<Subject> subjects, List<PersonRecord> records, FieldFrequencies frequencies, Clusters linked,
                     List<List<Screener.Match>> hits, Supplier<List<int[]>> likeTexts) {
        this(subjects, records, frequencies, linked, hits, likeTexts, new Once<>(() -> Bursts.of(arrivals(subjects))), true);
    }

    @SuppressWarnings("unchecked")
    private Detection(List<Subject> subjects, List<PersonRecord> records, FieldFrequencies frequencies, Clusters linked,
                      List<List<Screener.Match>> hits, Supplier<List<int[]>> likeTexts, Once<Bursts.Found> bursts,
                      boolean withConsistency) {
        this.subjects = subjects;
        this.records = records;
        this.frequencies = frequencies;
        this.linked = linked;
        this.hits = hits;
        this.likeTexts = likeTexts;
        this.bursts = bursts;
        this.findings = new List[subjects.size()];
        if (withConsistency) {
            for (int i = 0; i < findings.length; i++) {
                findings[i] = new ArrayList<>(subjects.get(i).record().consistency());
            }
        }
    }

    /**
     * A detection over the same registrations for one detector to run in beside others: its
     * findings and campaign parts are its own until {@link #merge} adds them to this one.
     */
    Detection apart() {
        return new Detection(subjects, records, frequencies, linked, hits, likeTexts, bursts, false);
    }

    /** Adds what a detector found in a detection {@link #apart} from this one. */
    void merge(Detection apart) {
        for (int i = 0; i < findings.length; i++) {
            if (apart.findings[i] != null) {
                findings[i].addAll(apart.findings[i]);
            }
        }
        parts.addAll(apart.parts);
    }

    public List<Subject> subjects() {
        return subjects;
    }

    public List<PersonRecord> records() {
        return records;
    }

    public FieldFrequencies frequencies() {
        return frequencies;
    }

    /** Who is who after linking: cluster of each registration. */
    public Clusters linked() {
        return linked;
    }

    public List<List<Screener.Match>> hits() {
        return hits;
    }

    /** Groups of near-duplicate free texts, each of at least a template's number of texts; waits until they are found. */
    public List<int[]> likeTexts() {
        return likeTexts.get();
    }

    /**
     * The days on which an organisation or unit sent far more than its share ({@link Bursts}):
     * counted once, by whichever detector asks first, for every detection apart from this one.
     */
    public Bursts.Found bursts() {
        return bursts.get();
    }

    public int size() {
        return subjects.size();
    }

    /** Adds a finding to a registration (one detector at a time per detection: no locking). */
    public void add(int registration, Finding finding) {
        if (findings[registration] == null) {
            findings[registration] = new ArrayList<>(2);
        }
        findings[registration].add(finding);
    }

    public void part(String kind, int[] members) {
        parts.add(new Campaigns.Part(kind, members));
    }

    public List<Finding>[] findings() {
        return findings;
    }

    public List<Campaigns.Part> parts() {
        return parts;
    }

    /** What each registration says for burst detection: its day, organisation and unit. */
    private static Bursts.Arrival[] arrivals(List<Subject> subjects) {
        return subjects.stream().map(subject -> new Bursts.Arrival(subject.day(), subject.record().organization(),
                subject.record().unitKey())).toArray(Bursts.Arrival[]::new);
    }

    /** Worked out once, on first demand, however many detectors running side by side ask for it. */
    private static final class Once<T> {

        private final Supplier<T> work;
        private T value;

        Once(Supplier<T> work) {
            this.work = work;
        }

        synchronized T get() {
            if (value == null) {
                value = work.get();
            }
            return value;
        }
    }
}
