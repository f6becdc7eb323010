package org.safepassage.desk.duress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.safepassage.desk.system.Compartment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Duress threads, the visits every thread reports, and the alerts; reads of alerts take the reader's compartment. */
@Repository
public class DuressStore {

    private final JdbcClient jdbc;

    public DuressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that {@code tag} is the duress thread of {@code registrationId}; false when already known. */
    public boolean pair(String tag, String registrationId, String envelopeId) {
        if (registrationOfDuressThread(tag).isPresent()) {
            return false;
        }
        jdbc.sql("insert into duress_thread (tag, registration_id, envelope_id) values (?, ?, ?)")
                .params(tag, registrationId, envelopeId).update();
        return true;
    }

    public Optional<String> registrationOfDuressThread(String tag) {
        return jdbc.sql("select registration_id from duress_thread where tag = ?").param(tag).query(String.class).optional();
    }

    /** Records a visit; false when this hour's was known. */
    public boolean visited(String tag, Instant hour) {
        boolean known = jdbc.sql("select count(*) from submitter_visit where tag = ? and visit_hour = ?")
                .params(tag, Timestamp.from(hour)).query(Long.class).single() > 0;
        if (!known) {
            jdbc.sql("insert into submitter_visit (tag, visit_hour) values (?, ?)").params(tag, Timestamp.from(hour)).update();
        }
        return !known;
    }

    /** The earliest hour anything arrived on a thread (a visit or a message), if anything did. */
    public Optional<Instant> firstActivity(String tag) {
        return jdbc.sql("select min(at) from (select visit_hour as at from submitter_visit where tag = ? "
                        + "union all select written_at as at from message where thread_tag = ? and direction = 'in') x")
                .params(tag, tag).query((row, n) -> row.getTimestamp(1)).optional()
                .flatMap(at -> Optional.ofNullable(at).map(Timestamp::toInstant));
    }

    /** Raises an alert for the registration unless one exists; true when new. */
    public boolean raise(String registrationId, String tag, Instant hour) {
        boolean exists = jdbc.sql("select count(*) from duress_alert where registration_id = ?").param(registrationId)
                .query(Long.class).single() > 0;
        if (!exists) {
            jdbc.sql("insert into duress_alert (registration_id, thread_tag, raised_hour) values (?, ?, ?)")
                    .params(registrationId, tag, Timestamp.from(hour)).update();
        }
        return !exists;
    }

    /** The alerts of a case's registrations, in the reader's compartment. */
    public List<DuressAlert> ofCase(long caseId, Compartment compartment) {
        return jdbc.sql("select a.* from duress_alert a join registration r on r.id = a.registration_id "
                        + "where r.case_id = ? and " + Compartment.condition("r.team_id") + " order by a.raised_hour")
                .params(caseId, compartment.sqlTeam(), compartment.sqlTeam()).query(DuressStore::alert).list();
    }

    public Optional<DuressAlert> ofRegistration(String registrationId, Compartment compartment) {
        return jdbc.sql("select a.* from duress_alert a join registration r on r.id = a.registration_id "
                        + "where a.registration_id = ? and " + Compartment.condition("r.team_id"))
                .params(registrationId, compartment.sqlTeam(), compartment.sqlTeam()).query(DuressStore::alert).optional();
    }

    /** The duress threads of a case's registrations: what is written there is shown, never trusted. */
    public List<String> duressThreadsOfCase(long caseId, Compartment compartment) {
        return jdbc.sql("select d.tag from duress_thread d join registration r on r.id = d.registration_id "
                        + "where r.case_id = ? and " + Compartment.condition("r.team_id"))
                .params(caseId, compartment.sqlTeam(), compartment.sqlTeam()).query(String.class).list();
    }

    public void decide(String registrationId, DuressAlert.Decision decision, String staff, String reason, Instant at) {
        jdbc.sql("update duress_alert set decision = ?, decided_by = ?, decided_at = ?, reason = ? where registration_id = ?")
                .params(decision.name(), staff, Timestamp.from(at), reason, registrationId).update();
    }

    private static DuressAlert alert(ResultSet row, int n) throws SQLException {
        Timestamp decided = row.getTimestamp("decided_at");
        return new DuressAlert(row.getString("registration_id"), row.getString("thread_tag"),
                row.getTimestamp("raised_hour").toInstant(),
                Optional.ofNullable(row.getString("decision")).map(DuressAlert.Decision::valueOf),
                Optional.ofNullable(row.getString("decided_by")), Optional.ofNullable(decided).map(Timestamp::toInstant),
                Optional.ofNullable(row.getString("reason")));
    }
}
