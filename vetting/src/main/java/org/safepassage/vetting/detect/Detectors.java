package org.safepassage.vetting.detect;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.safepassage.vetting.assess.Signal;
import org.safepassage.vetting.link.Clusters;
import org.safepassage.vetting.link.FieldFrequencies;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.names.Edits;
import org.safepassage.vetting.run.Subject;
import org.safepassage.vetting.screen.Screener;

/**
 * Every detector, run side by side over what linking found. The signals a single registration shows by
 * itself (an impossible age, a rank or unit of another organisation, a family's ages, a national
 * ID's check digit) are found once per record by the consistency checks, as linking needs them
 * too; the detectors here see registrations together.
 */
public final class Detectors {

    /** The detectors, in the order they run; a new one is added here. */
    static final List<Detector> ALL = List.of(new ReferenceContradictionDetector(), new BurstDetector(), new SwarmDetector(),
            new TemplateDetector(), new ImpersonationDetector());

    private Detectors() {
    }

    /** The signals the detectors here find. */
    public static List<Signal> signals() {
        return ALL.stream().map(Detector::signal).toList();
    }

    /**
     * Begins what the detectors can work out from the registrations alone, before linking has
     * said who is who (the groups of like texts), on a thread of its own: begun once the candidate
     * pairs are found, it fills the core that clustering (mostly on one core) leaves idle.
     */
    public static Early begin(List<Subject> subjects) {
        return new Early(CompletableFuture.supplyAsync(() -> TemplateDetector.likeTexts(subjects), Detectors::onAThreadOfItsOwn));
    }

    /** What {@link #begin} started. */
    public static final class Early {

        private final CompletableFuture<List<int[]>> likeTexts;

        private Early(CompletableFuture<List<int[]>> likeTexts) {
            this.likeTexts = likeTexts;
        }

        /** Waits for the groups of like texts; a failure while finding them is thrown here, as it was. */
        private List<int[]> likeTexts() {
            try {
                return likeTexts.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }

    private static void onAThreadOfItsOwn(Runnable task) {
        Thread thread = new Thread(task, "vet-like-texts");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs every detector; then forgives mistyped national IDs (see {@link #forgiveMistypedNationalIds}). */
    public static Result run(Early early, List<Subject> subjects, List<PersonRecord> records, FieldFrequencies frequencies,
                             Clusters linked, List<List<Screener.Match>> hits) {
        Detection detection = new Detection(subjects, records, frequencies, linked, hits, early::likeTexts);
        // Detectors read only what linking found, never each other's findings: they run side by
        // side, each in a detection of its own, and what they found is added in their order.
        List<Detection> found = ALL.parallelStream().map(detector -> {
            Detection own = detection.apart();
            detector.detect(own);
            return own;
        }).toList();
        found.forEach(detection::merge);
        String[] notes = forgiveMistypedNationalIds(detection);
        return new Result(detection, notes);
    }

    /** What the detectors found, and per registration a note for its reasons (a forgiven national ID) or null. */
    public record Result(Detection detection, String[] notes) {
    }

    /**
     * A wrong check digit one slip away from the valid national ID of another registration of the
     * same person is a typing slip, not a fabrication: its finding is dropped and a note says so.
     */
    private static String[] forgiveMistypedNationalIds(Detection detection) {
        List<PersonRecord> records = detection.records();
        String[] notes = new String[records.size()];
        for (int[] group : detection.linked().members()) {
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
                        detection.findings()[m].removeIf(f -> f.signal() == Signal.NATIONAL_ID);
                        notes[m] = "national ID mistyped: one slip from the valid ID in " + valid.id() + ", a registration "
                                + "of the same person";
                        break;
                    }
                }
            }
        }
        return notes;
    }
}
