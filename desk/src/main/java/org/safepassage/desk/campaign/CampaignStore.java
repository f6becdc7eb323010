package org.safepassage.desk.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.desk.system.Compartment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The campaigns vetting found, as a reader's {@link Compartment} shows them, and the planted marks.
 * A campaign may span teams; a team sees only its own members of it, counts only those, and reaches
 * the campaign through one of its own registrations (its handle), never through another team's id.
 */
@Repository
public class CampaignStore {

    private static final String SUMMARY = "select a.campaign_key, c.kinds, c.people, c.summary, c.representative, "
            + "min(r.id) as first_member, count(*) as members, count(m.registration_id) as marked "
            + "from assessment a join registration r on r.id = a.registration_id "
            + "join campaign c on c.campaign_key = a.campaign_key "
            + "left join planted_mark m on m.registration_id = r.id "
            + "where " + Compartment.condition("r.team_id") + " ";
    private static final String GROUP = "group by a.campaign_key, c.kinds, c.people, c.summary, c.representative ";

    private final JdbcClient jdbc;

    public CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A campaign as a compartment sees it: {@code handle} names it in links (the campaign key for
     * every team, else the reader's own first member); counts are of the members in the compartment;
     * {@code people} and {@code summary} span every team, so they are given to admins only.
     */
    public record CampaignSummary(String key, String handle, List<String> kinds, Optional<Integer> people, int members,
                                  Optional<String> summary, String representative, int marked) {

        public boolean allMarked() {
            return marked >= members;
        }
    }

    /** One member: the registration, when it arrived, its risk, and whether it is marked planted. */
    public record Member(String id, Instant receivedAt, double plantedRisk, boolean marked, Registration registration) {
    }

    /** The campaigns with at least one member in the compartment, largest first. */
    public List<CampaignSummary> all(Compartment compartment) {
        return jdbc.sql(SUMMARY + "and a.campaign_key is not null " + GROUP + "order by members desc, first_member")
                .params(compartment.sqlTeam(), compartment.sqlTeam())
                .query((row, n) -> summary(row, compartment, null)).list();
    }

    /** The campaign of the registration {@code handle}, when that registration is in the compartment and in a campaign. */
    public Optional<CampaignSummary> find(String handle, Compartment compartment) {
        Optional<String> key = jdbc.sql("select a.campaign_key from assessment a join registration r on r.id = a.registration_id "
                        + "where a.registration_id = ? and a.campaign_key is not null and " + Compartment.condition("r.team_id"))
                .params(handle, compartment.sqlTeam(), compartment.sqlTeam()).query(String.class).optional();
        return key.flatMap(campaign -> jdbc.sql(SUMMARY + "and a.campaign_key = ? " + GROUP)
                .params(compartment.sqlTeam(), compartment.sqlTeam(), campaign)
                .query((row, n) -> summary(row, compartment, handle)).optional());
    }

    /** The campaign's members in the compartment, oldest first. */
    public List<Member> members(String key, Compartment compartment) {
        return jdbc.sql("select r.id, r.received_at, d.document, a.planted_risk, m.registration_id as marked from assessment a "
                        + "join registration r on r.id = a.registration_id join registration_document d on d.registration_id = r.id "
                        + "left join planted_mark m on m.registration_id = r.id "
                        + "where a.campaign_key = ? and " + Compartment.condition("r.team_id") + " order by r.received_at, r.id")
                .params(key, compartment.sqlTeam(), compartment.sqlTeam())
                .query((row, n) -> new Member(row.getString("id"), row.getTimestamp("received_at").toInstant(),
                        row.getDouble("planted_risk"), row.getString("marked") != null,
                        RegistrationParser.parse(row.getString("document"))))
                .list();
    }

    /** Marks the campaign's members in the compartment planted (those not on a case); returns how many were newly marked. */
    public int markPlanted(String key, Compartment compartment, String staff, Instant at) {
        return jdbc.sql("insert into planted_mark (registration_id, campaign_key, marked_by, marked_at) "
                        + "select a.registration_id, a.campaign_key, ?, ? from assessment a join registration r on r.id = a.registration_id "
                        + "where a.campaign_key = ? and r.case_id is null and " + Compartment.condition("r.team_id") + " "
                        + "and not exists (select 1 from planted_mark m where m.registration_id = a.registration_id)")
                .params(staff, Timestamp.from(at), key, compartment.sqlTeam(), compartment.sqlTeam()).update();
    }

    /** Takes back the campaign's marks on members in the compartment; returns how many. */
    public int unmark(String key, Compartment compartment) {
        return jdbc.sql("delete from planted_mark where campaign_key = ? and registration_id in "
                        + "(select id from registration where " + Compartment.condition("team_id") + ")")
                .params(key, compartment.sqlTeam(), compartment.sqlTeam()).update();
    }

    /** The key under which a partner's list's registrations are marked planted, as a campaign's are under its own. */
    public static String listKey(String list) {
        return "list:" + list;
    }

    /** Marks the registrations of a partner's list in the compartment planted (those not on a case); returns how many were newly marked. */
    public int markListPlanted(String list, Compartment compartment, String staff, Instant at) {
        return jdbc.sql("insert into planted_mark (registration_id, campaign_key, marked_by, marked_at) "
                        + "select r.id, ?, ?, ? from registration r where r.list_name = ? and r.case_id is null and "
                        + Compartment.condition("r.team_id") + " "
                        + "and not exists (select 1 from planted_mark m where m.registration_id = r.id)")
                .params(listKey(list), staff, Timestamp.from(at), list, compartment.sqlTeam(), compartment.sqlTeam()).update();
    }

    /** How many registrations in the compartment carry the list's planted mark. */
    public int markedOfList(String list, Compartment compartment) {
        return jdbc.sql("select count(*) from planted_mark m join registration r on r.id = m.registration_id "
                        + "where m.campaign_key = ? and " + Compartment.condition("r.team_id"))
                .params(listKey(list), compartment.sqlTeam(), compartment.sqlTeam()).query(Integer.class).single();
    }

    private static CampaignSummary summary(ResultSet row, Compartment compartment, String handle) throws SQLException {
        boolean everyTeam = compartment.isEveryTeam();
        String key = row.getString("campaign_key");
        return new CampaignSummary(key, handle != null ? handle : everyTeam ? key : row.getString("first_member"),
                List.of(row.getString("kinds").split(",")),
                everyTeam ? Optional.of(row.getInt("people")) : Optional.empty(), row.getInt("members"),
                everyTeam ? Optional.of(row.getString("summary")) : Optional.empty(), row.getString("representative"),
                row.getInt("marked"));
    }
}
