package org.safepassage.desk.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.RegistrationParser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The campaigns vetting found, their members as the reader may see them, and the planted marks. */
@Repository
public class CampaignStore {

    private final JdbcClient jdbc;

    public CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A campaign as stored, with how many of its members are marked planted. */
    public record CampaignSummary(String key, List<String> kinds, int people, int members, String summary,
                                  String representative, int marked) {

        public boolean allMarked() {
            return marked >= members;
        }
    }

    /** One member: the registration, when it arrived, its risk, and whether it is marked planted. */
    public record Member(String id, Instant receivedAt, double plantedRisk, boolean marked, Registration registration) {
    }

    public List<CampaignSummary> all() {
        return jdbc.sql("select c.*, (select count(*) from planted_mark m where m.campaign_key = c.campaign_key) as marked "
                        + "from campaign c order by c.member_count desc, c.campaign_key")
                .query((row, n) -> summary(row)).list();
    }

    public Optional<CampaignSummary> find(String key) {
        return jdbc.sql("select c.*, (select count(*) from planted_mark m where m.campaign_key = c.campaign_key) as marked "
                        + "from campaign c where c.campaign_key = ?")
                .param(key).query((row, n) -> summary(row)).optional();
    }

    /** The members the reader may see (their team, or all for admins), oldest first. */
    public List<Member> members(String key, Long teamFilter) {
        return jdbc.sql("select r.id, r.received_at, r.document, a.planted_risk, m.registration_id as marked from assessment a "
                        + "join registration r on r.id = a.registration_id "
                        + "left join planted_mark m on m.registration_id = r.id "
                        + "where a.campaign_key = ? and (cast(? as bigint) is null or r.team_id = ?) order by r.received_at, r.id")
                .params(key, teamFilter, teamFilter)
                .query((row, n) -> new Member(row.getString("id"), row.getTimestamp("received_at").toInstant(),
                        row.getDouble("planted_risk"), row.getString("marked") != null,
                        RegistrationParser.parse(row.getString("document"))))
                .list();
    }

    /** Marks the campaign's current members planted (those not on a case); returns how many were newly marked. */
    public int markPlanted(String key, String staff, Instant at) {
        return jdbc.sql("insert into planted_mark (registration_id, campaign_key, marked_by, marked_at) "
                        + "select a.registration_id, a.campaign_key, ?, ? from assessment a join registration r on r.id = a.registration_id "
                        + "where a.campaign_key = ? and r.case_id is null "
                        + "and not exists (select 1 from planted_mark m where m.registration_id = a.registration_id)")
                .params(staff, Timestamp.from(at), key).update();
    }

    /** Takes the campaign's marks back; returns how many. */
    public int unmark(String key) {
        return jdbc.sql("delete from planted_mark where campaign_key = ?").param(key).update();
    }

    private static CampaignSummary summary(ResultSet row) throws SQLException {
        return new CampaignSummary(row.getString("campaign_key"), List.of(row.getString("kinds").split(",")),
                row.getInt("people"), row.getInt("member_count"), row.getString("summary"), row.getString("representative"),
                row.getInt("marked"));
    }
}
