package org.safepassage.desk.vetting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.safepassage.desk.progress.LongWork;
import org.safepassage.desk.progress.Task;
import org.safepassage.desk.registration.RegistrationStore;
import org.safepassage.desk.system.Compartment;
import org.safepassage.desk.transfer.ImportListener;
import org.safepassage.vetting.campaign.Campaign;
import org.safepassage.vetting.run.Assessor.Assessment;
import org.safepassage.vetting.run.Subject;
import org.safepassage.vetting.run.VettingEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores every registration the desk holds once an import has finished: the whole vetting engine
 * (campaign signals, consistency checks, planted risk, credibility, priority) over everything, as
 * campaigns only show against all that arrived. The scores and reasons are stored per registration
 * (the triage queue is ordered by priority), and the campaigns found under the id of their
 * earliest member, which stays the same as later imports add to a campaign.
 */
@Service
public class RegistrationAssessments implements ImportListener {

    private static final Logger log = LoggerFactory.getLogger(RegistrationAssessments.class);
    private static final int REASONS_SHOWN = 2;

    private final JdbcClient jdbc;
    private final RegistrationStore registrations;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final LongWork work;
    private final VettingWeights weights;

    public RegistrationAssessments(JdbcClient jdbc, RegistrationStore registrations, JdbcTemplate batch,
                                   TransactionTemplate transaction, LongWork work, VettingWeights weights) {
        this.work = work;
        this.weights = weights;
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.batch = batch;
        this.transaction = transaction;
    }

    @Override
    public void finished(int storedRegistrations) {
        assessAll();
    }

    /** Runs the engine over every registration held and replaces the stored scores and campaigns. */
    public synchronized void assessAll() {
        Task task = work.start(Task.Kind.VETTING, "every registration held", 0);
        try {
            int assessed = assessAll(task);
            task.done(assessed + " registrations assessed", List.of());
        } catch (RuntimeException e) {
            task.failed("The vetting run failed; the scores of the run before stay: " + e.getMessage());
            throw e;
        }
    }

    private int assessAll(Task task) {
        long start = System.nanoTime();
        task.phase("reading the registrations", 0);
        List<Subject> subjects = loadSubjects();
        task.phase("linking, campaign signals and scores over " + subjects.size() + " registrations", 0);
        VettingEngine.Result result = new VettingEngine(weights.get().linkage(), weights.get().signals(), null, 1)
                .run(subjects);
        task.phase("storing the scores", 0);
        Map<String, String> keyOf = new HashMap<>();
        for (Campaign campaign : result.campaigns()) {
            String earliest = IntStream.of(campaign.members()).mapToObj(i -> subjects.get(i).record().id())
                    .min(String::compareTo).orElseThrow();
            keyOf.put(campaign.id(), earliest);
        }
        double suspectRisk = weights.get().signals().suspectRisk();
        Function<Assessment, String> campaignKeyOf = a -> a.campaign() == null ? null : keyOf.get(a.campaign());
        Function<Assessment, String> reasonsOf = a -> String.join("\n", a.reasons());
        StoredScores written = transaction.execute(status -> {
            StoredScores changes = StoredScores.compare(jdbc, result.assessments(), campaignKeyOf, reasonsOf,
                    a -> a.plantedRisk() >= suspectRisk);
            batch.batchUpdate("delete from assessment where registration_id = ?", changes.removed(), 1000,
                    (statement, id) -> statement.setString(1, id));
            batch.batchUpdate("insert into assessment (registration_id, credibility, planted_risk, priority, campaign_key, "
                    + "reasons) values (?, ?, ?, ?, ?, ?)", changes.inserted(), 1000, (statement, a) -> {
                statement.setString(1, a.id());
                statement.setDouble(2, a.credibility());
                statement.setDouble(3, a.plantedRisk());
                statement.setDouble(4, a.priority());
                statement.setString(5, campaignKeyOf.apply(a));
                statement.setString(6, reasonsOf.apply(a));
            });
            batch.batchUpdate("update assessment set credibility = ?, planted_risk = ?, priority = ?, campaign_key = ?, reasons = ? "
                    + "where registration_id = ?", changes.changed(), 1000, (statement, a) -> {
                statement.setDouble(1, a.credibility());
                statement.setDouble(2, a.plantedRisk());
                statement.setDouble(3, a.priority());
                statement.setString(4, campaignKeyOf.apply(a));
                statement.setString(5, reasonsOf.apply(a));
                statement.setString(6, a.id());
            });
            batch.batchUpdate("update registration set priority = ?, queue_suspect = ? where id = ?", changes.requeued(), 1000,
                    (statement, a) -> {
                        statement.setDouble(1, a.priority());
                        statement.setInt(2, a.plantedRisk() >= suspectRisk ? 1 : 0);
                        statement.setString(3, a.id());
                    });
            batch.update("delete from campaign");
            batch.batchUpdate("insert into campaign (campaign_key, kinds, people, member_count, summary, representative) "
                    + "values (?, ?, ?, ?, ?, ?)", result.campaigns(), 1000, (statement, c) -> {
                statement.setString(1, keyOf.get(c.id()));
                statement.setString(2, String.join(",", c.kinds()));
                statement.setInt(3, c.people());
                statement.setInt(4, c.members().length);
                statement.setString(5, c.summary());
                statement.setString(6, c.representative() < 0 ? null : subjects.get(c.representative()).record().id());
            });
            return changes;
        });
        log.info("Assessed {} registrations ({} campaigns) in {} ms; scores written for {} new and {} changed, {} removed",
                subjects.size(), result.campaigns().size(), (System.nanoTime() - start) / 1_000_000, written.inserted().size(),
                written.changed().size(), written.removed().size());
        return subjects.size();
    }

    private List<Subject> loadSubjects() {
        List<Subject> subjects = new ArrayList<>();
        registrations.forEachReadingPage(page -> page.forEach(reading -> subjects.add(Subject.of(subjects.size(), reading))));
        return subjects;
    }

    public Optional<StoredAssessment> of(String registrationId, Compartment compartment) {
        return jdbc.sql("select a.*, m.registration_id as marked from assessment a join registration r on r.id = a.registration_id "
                        + "left join planted_mark m on m.registration_id = a.registration_id where a.registration_id = ? and "
                        + Compartment.condition("r.team_id"))
                .params(registrationId, compartment.sqlTeam(), compartment.sqlTeam())
                .query(RegistrationAssessments::stored).optional();
    }

    /** The assessments of a page of registrations in the reader's compartment, in one query. */
    public Map<String, StoredAssessment> of(List<String> registrationIds, Compartment compartment) {
        Map<String, StoredAssessment> found = new HashMap<>();
        if (!registrationIds.isEmpty()) {
            jdbc.sql("select a.*, m.registration_id as marked from assessment a join registration r on r.id = a.registration_id "
                            + "left join planted_mark m on m.registration_id = a.registration_id where a.registration_id in (:ids) "
                            + "and (cast(:team as bigint) is null or r.team_id = :team)")
                    .param("ids", registrationIds).param("team", compartment.sqlTeam())
                    .query(RegistrationAssessments::stored).list()
                    .forEach(a -> found.put(a.registrationId(), a));
        }
        return found;
    }

    static StoredAssessment stored(ResultSet row, int n) throws SQLException {
        return new StoredAssessment(row.getString("registration_id"), row.getDouble("credibility"),
                row.getDouble("planted_risk"), row.getDouble("priority"), row.getString("campaign_key"),
                List.of(row.getString("reasons").split("\n")), row.getString("marked") != null);
    }

    /** One registration's scores as stored, and whether an analyst has marked it planted. */
    public record StoredAssessment(String registrationId, double credibility, double plantedRisk, double priority,
                                   String campaignKey, List<String> reasons, boolean markedPlanted) {

        public String credibilityBadge() {
            return credibility >= 0.6 ? "high" : credibility >= 0.35 ? "medium" : "low";
        }

        public String riskBadge() {
            return plantedRisk >= 0.5 ? "high" : plantedRisk >= 0.2 ? "medium" : "low";
        }

        /** The reasons that moved the risk first, then the rest: what the queue shows in a line or two. */
        public List<String> topReasons() {
            return reasons.stream().limit(REASONS_SHOWN).toList();
        }
    }
}
