package org.safepassage.desk.vetting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.safepassage.vetting.run.Assessor.Assessment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a vetting run changes in the stored scores. Most registrations score the same after an
 * import as before it; rewriting only the others keeps the run's transaction small, and with it
 * the superseded copies the embedded database file keeps until it is compacted (the demo's last
 * import of 100,000 rewrote 33,706 rows instead of all, and its run took 9.0 s instead of 14.9 s).
 *
 * @param inserted assessments of registrations that had none
 * @param changed  assessments whose scores, campaign or reasons differ from those stored
 * @param removed  ids of registrations that have a stored assessment and are no longer assessed
 * @param requeued assessments whose registration's queue priority or suspect flag differs
 */
record StoredScores(List<Assessment> inserted, List<Assessment> changed, List<String> removed, List<Assessment> requeued) {

    /**
     * A stored assessment's row, in the form the run writes it; its reasons by their SHA-256 (the
     * first 128 bits), so that a desk of a million registrations does not hold every text twice.
     */
    record Row(double credibility, double plantedRisk, double priority, String campaignKey, String reasonsDigest) {

        static Row of(double credibility, double plantedRisk, double priority, String campaignKey, String reasons) {
            return new Row(credibility, plantedRisk, priority, campaignKey, reasons == null ? null : digest(reasons));
        }

        private static String digest(String text) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(hash, 0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }

    /** A registration's place in the triage queue. */
    record Queue(double priority, boolean suspect) {
    }

    /**
     * Compares the run's {@code assessments} with what is stored; {@code campaignKeyOf} gives an
     * assessment's stored campaign key, {@code reasonsOf} its stored reasons, {@code suspect} whether
     * it goes to the suspect queue.
     */
    static StoredScores compare(JdbcClient jdbc, List<Assessment> assessments, Function<Assessment, String> campaignKeyOf,
                                Function<Assessment, String> reasonsOf,
                                Predicate<Assessment> suspect) {
        Map<String, Row> stored = new HashMap<>();
        jdbc.sql("select registration_id, credibility, planted_risk, priority, campaign_key, reasons from assessment")
                .query(rs -> {
                    stored.put(rs.getString(1), Row.of(rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getString(5),
                            rs.getString(6)));
                });
        Map<String, Queue> queued = new HashMap<>();
        jdbc.sql("select id, priority, queue_suspect from registration").query(rs -> {
            double priority = rs.getDouble(2);
            queued.put(rs.getString(1), rs.wasNull() ? null : new Queue(priority, rs.getInt(3) == 1));
        });
        List<Assessment> inserted = new ArrayList<>();
        List<Assessment> changed = new ArrayList<>();
        List<Assessment> requeued = new ArrayList<>();
        Set<String> assessed = new HashSet<>();
        for (Assessment assessment : assessments) {
            assessed.add(assessment.id());
            Row now = Row.of(assessment.credibility(), assessment.plantedRisk(), assessment.priority(),
                    campaignKeyOf.apply(assessment), reasonsOf.apply(assessment));
            Row before = stored.get(assessment.id());
            if (before == null) {
                inserted.add(assessment);
            } else if (!before.equals(now)) {
                changed.add(assessment);
            }
            if (!Objects.equals(queued.get(assessment.id()), new Queue(assessment.priority(), suspect.test(assessment)))) {
                requeued.add(assessment);
            }
        }
        List<String> removed = stored.keySet().stream().filter(id -> !assessed.contains(id)).sorted().toList();
        return new StoredScores(inserted, changed, removed, requeued);
    }
}
