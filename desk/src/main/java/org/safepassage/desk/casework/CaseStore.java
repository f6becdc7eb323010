package org.safepassage.desk.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.safepassage.core.message.SubmitterStatus;
import org.safepassage.desk.system.Compartment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Cases, their notes and offers. A case is found only within the reader's {@link Compartment}. */
@Repository
public class CaseStore {

    static final String SELECT = "select c.*, t.name as team_name, s.username as assignee_name from case_file c "
            + "join team t on t.id = c.team_id left join staff s on s.id = c.assignee_id ";

    private final JdbcClient jdbc;

    public CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long teamId, Long assigneeId, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into case_file (team_id, assignee_id, state, submitter_status, created_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(teamId, assigneeId, CaseState.NEW.name(), SubmitterStatus.RECEIVED.wireName(),
                        Timestamp.from(now), Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<CaseFile> find(long id, Compartment compartment) {
        return jdbc.sql(SELECT + "where c.id = ? and " + Compartment.condition("c.team_id"))
                .params(id, compartment.sqlTeam(), compartment.sqlTeam()).query(CaseStore::caseFile).optional();
    }

    public void updateState(long id, CaseState state, Instant now) {
        jdbc.sql("update case_file set state = ?, updated_at = ? where id = ?").params(state.name(), Timestamp.from(now), id)
                .update();
    }

    /** Marks the case as worked on now (the list shows recent activity first). */
    public void touch(long id, Instant now) {
        jdbc.sql("update case_file set updated_at = ? where id = ?").params(Timestamp.from(now), id).update();
    }

    public void updateSubmitterStatus(long id, SubmitterStatus status, Instant now) {
        jdbc.sql("update case_file set submitter_status = ?, updated_at = ? where id = ?")
                .params(status.wireName(), Timestamp.from(now), id).update();
    }

    public void assign(long id, long teamId, Long assigneeId, Instant now) {
        jdbc.sql("update case_file set team_id = ?, assignee_id = ?, updated_at = ? where id = ?")
                .params(teamId, assigneeId, Timestamp.from(now), id).update();
    }

    public void addNote(long caseId, long authorId, String body, Instant now) {
        jdbc.sql("insert into case_note (case_id, author_id, written_at, body) values (?, ?, ?, ?)")
                .params(caseId, authorId, Timestamp.from(now), body).update();
    }

    public List<CaseNote> notes(long caseId) {
        return jdbc.sql("select n.id, s.username, n.written_at, n.body from case_note n join staff s on s.id = n.author_id "
                        + "where n.case_id = ? order by n.written_at, n.id")
                .param(caseId)
                .query((row, n) -> new CaseNote(row.getLong("id"), row.getString("username"),
                        row.getTimestamp("written_at").toInstant(), row.getString("body")))
                .list();
    }

    public long insertOffer(long caseId, OfferTerms terms, long proposedBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into offer (case_id, amnesty, relocation_country, residency, support, family_covered, proposed_by, "
                        + "proposed_at, decision) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, terms.amnesty(), terms.relocationCountry(), terms.residency(), terms.support(),
                        terms.familyCovered(), proposedBy, Timestamp.from(now), Offer.PROPOSED)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public List<Offer> offers(long caseId) {
        return jdbc.sql("select o.*, p.username as proposer, d.username as decider from offer o "
                        + "join staff p on p.id = o.proposed_by left join staff d on d.id = o.decided_by "
                        + "where o.case_id = ? order by o.proposed_at, o.id")
                .param(caseId).query(CaseStore::offer).list();
    }

    /** Records a decision on a pending offer; false when it was no longer pending. */
    public boolean decideOffer(long offerId, String decision, long decidedBy, String note, Instant now) {
        return jdbc.sql("update offer set decision = ?, decided_by = ?, decided_at = ?, decision_note = ? "
                        + "where id = ? and decision = ?")
                .params(decision, decidedBy, Timestamp.from(now), note, offerId, Offer.PROPOSED).update() == 1;
    }

    public List<Count> countByState(Compartment compartment) {
        return jdbc.sql("select state as label, count(*) as n from case_file where " + Compartment.condition("team_id") + " "
                        + "group by state order by n desc")
                .params(compartment.sqlTeam(), compartment.sqlTeam()).query((row, n) -> new Count(row.getString("label"), row.getLong("n"))).list();
    }

    public List<Count> countByOrganisation(Compartment compartment) {
        return jdbc.sql("select coalesce(r.organization, 'unstated') as label, count(distinct c.id) as n from case_file c "
                        + "join registration r on r.case_id = c.id where " + Compartment.condition("c.team_id") + " "
                        + "group by coalesce(r.organization, 'unstated') order by n desc")
                .params(compartment.sqlTeam(), compartment.sqlTeam()).query((row, n) -> new Count(row.getString("label"), row.getLong("n"))).list();
    }

    /**
     * Moves what belongs to the person from one case to another: the registrations (into the target's
     * team) and the notes. Offers stay where they were made, as their history. Call in a transaction.
     */
    public void merge(long sourceId, long targetId, long targetTeamId, Instant now) {
        jdbc.sql("update registration set case_id = ?, team_id = ? where case_id = ?").params(targetId, targetTeamId, sourceId).update();
        jdbc.sql("update case_note set case_id = ? where case_id = ?").params(targetId, sourceId).update();
        jdbc.sql("update case_file set state = ?, merged_into = ?, assignee_id = null, updated_at = ? where id = ?")
                .params(CaseState.MERGED.name(), targetId, Timestamp.from(now), sourceId).update();
        jdbc.sql("update case_file set updated_at = ? where id = ?").params(Timestamp.from(now), targetId).update();
    }

    /** Cases merged into this one, for its page. */
    public List<Long> mergedInto(long targetId) {
        return jdbc.sql("select id from case_file where merged_into = ? order by id").param(targetId).query(Long.class).list();
    }

    public static CaseFile caseFile(ResultSet row, int rowNum) throws SQLException {
        Long assignee = row.getObject("assignee_id") == null ? null : row.getLong("assignee_id");
        return new CaseFile(row.getLong("id"), row.getLong("team_id"), row.getString("team_name"), assignee,
                row.getString("assignee_name"), CaseState.valueOf(row.getString("state")),
                submitterStatus(row.getString("submitter_status")), row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                row.getObject("merged_into") == null ? null : row.getLong("merged_into"));
    }

    private static SubmitterStatus submitterStatus(String wire) {
        for (SubmitterStatus status : SubmitterStatus.values()) {
            if (status.wireName().equals(wire)) {
                return status;
            }
        }
        throw new IllegalStateException("unknown submitter status in the database: " + wire);
    }

    private static Offer offer(ResultSet row, int rowNum) throws SQLException {
        Timestamp decided = row.getTimestamp("decided_at");
        return new Offer(row.getLong("id"), row.getLong("case_id"), row.getString("amnesty"),
                row.getString("relocation_country"), row.getString("residency"), row.getString("support"),
                row.getString("family_covered"), row.getString("proposer"), row.getLong("proposed_by"),
                row.getTimestamp("proposed_at").toInstant(), row.getString("decision"), row.getString("decider"),
                decided == null ? null : decided.toInstant(), row.getString("decision_note"));
    }

    /** A label and how many. */
    public record Count(String label, long count) {
    }
}
