package org.safepassage.desk.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts and teams in the database. */
@Repository
public class StaffDirectory {

    private static final String SELECT = "select s.*, t.name as team_name from staff s join team t on t.id = s.team_id ";

    private final JdbcClient jdbc;

    public StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffMember> byUsername(String username) {
        return jdbc.sql(SELECT + "where s.username = ?").param(username).query(StaffDirectory::member).optional();
    }

    public Optional<StaffMember> byId(long id) {
        return jdbc.sql(SELECT + "where s.id = ?").param(id).query(StaffDirectory::member).optional();
    }

    public List<StaffMember> all() {
        return jdbc.sql(SELECT + "order by t.name, s.username").query(StaffDirectory::member).list();
    }

    /** Staff of one team, or of every team when {@code teamId} is null. */
    public List<StaffMember> ofTeam(Long teamId) {
        return jdbc.sql(SELECT + "where (cast(? as bigint) is null or s.team_id = ?) and s.enabled order by s.username")
                .params(teamId, teamId).query(StaffDirectory::member).list();
    }

    public long insert(String username, String passwordHash, Role role, long teamId, String totpSecret, Instant now) {
        jdbc.sql("insert into staff (username, password_hash, role, team_id, totp_secret, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(username, passwordHash, role.name(), teamId, totpSecret, Timestamp.from(now))
                .update();
        return byUsername(username).orElseThrow().id();
    }

    /**
     * Takes a one-time code's time step for an account, once: true when no sign-in took this step or
     * a later one before. One conditional update, so two sign-ins racing with one code cannot both win.
     */
    public boolean claimTotpStep(long id, long step) {
        return jdbc.sql("update staff set totp_last_step = ? where id = ? and (totp_last_step is null or totp_last_step < ?)")
                .params(step, id, step).update() == 1;
    }

    /** A new password; {@code mustChange} when it is a one-time password an admin set. Ends older sessions when asked. */
    public void setPassword(long id, String passwordHash, boolean mustChange, Instant endSessionsBefore) {
        jdbc.sql("update staff set password_hash = ?, must_change_password = ?, "
                        + "sessions_valid_from = coalesce(?, sessions_valid_from) where id = ?")
                .params(passwordHash, mustChange, endSessionsBefore == null ? null : Timestamp.from(endSessionsBefore), id)
                .update();
    }

    public void requirePasswordChange(long id) {
        jdbc.sql("update staff set must_change_password = true where id = ?").param(id).update();
    }

    /** A new second-factor secret (null: none); the steps used with the old one are forgotten. */
    public void setTotpSecret(long id, String secret, Instant endSessionsBefore) {
        jdbc.sql("update staff set totp_secret = ?, totp_last_step = null, sessions_valid_from = ? where id = ?")
                .params(secret, Timestamp.from(endSessionsBefore), id).update();
    }

    public void setEnabled(long id, boolean enabled, Instant endSessionsBefore) {
        jdbc.sql("update staff set enabled = ?, sessions_valid_from = ? where id = ?")
                .params(enabled, Timestamp.from(endSessionsBefore), id).update();
    }

    public void setRole(long id, Role role, Instant endSessionsBefore) {
        jdbc.sql("update staff set role = ?, sessions_valid_from = ? where id = ?")
                .params(role.name(), Timestamp.from(endSessionsBefore), id).update();
    }

    public void setTeam(long id, long teamId, Instant endSessionsBefore) {
        jdbc.sql("update staff set team_id = ?, sessions_valid_from = ? where id = ?")
                .params(teamId, Timestamp.from(endSessionsBefore), id).update();
    }

    /** How many enabled admins there are: the last one cannot be disabled or demoted. */
    public long enabledAdmins() {
        return jdbc.sql("select count(*) from staff where role = 'ADMIN' and enabled").query(Long.class).single();
    }

    public List<Team> teams() {
        return jdbc.sql("select id, name from team order by name").query(Team.class).list();
    }

    public Optional<Team> team(String name) {
        return jdbc.sql("select id, name from team where name = ?").param(name).query(Team.class).optional();
    }

    public Optional<Team> team(long id) {
        return jdbc.sql("select id, name from team where id = ?").param(id).query(Team.class).optional();
    }

    public Team createTeam(String name) {
        jdbc.sql("insert into team (name) values (?)").param(name).update();
        return team(name).orElseThrow();
    }

    public boolean anyAdmin() {
        return jdbc.sql("select count(*) from staff where role = 'ADMIN'").query(Long.class).single() > 0;
    }

    private static StaffMember member(ResultSet row, int rowNum) throws SQLException {
        return new StaffMember(row.getLong("id"), row.getString("username"), row.getString("password_hash"),
                Role.valueOf(row.getString("role")), row.getLong("team_id"), row.getString("team_name"),
                row.getString("totp_secret"),
                row.getBoolean("enabled"), row.getObject("totp_last_step") == null ? null : row.getLong("totp_last_step"),
                row.getBoolean("must_change_password"),
                row.getTimestamp("sessions_valid_from") == null ? null : row.getTimestamp("sessions_valid_from").toInstant());
    }

    /** A team: a compartment of cases and the staff who work them. */
    public record Team(long id, String name) {
    }
}
