package org.safepassage.desk.staff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests to make someone an admin, waiting for a second admin. */
@Repository
public class AdminGrants {

    private final JdbcClient jdbc;

    public AdminGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A pending request: who asked, when, why. */
    public record Request(long staffId, String username, long requestedById, String requestedBy, Instant requestedAt,
                          String reason) {
    }

    private static final String SELECT = "select g.*, s.username, r.username as requester from admin_grant g "
            + "join staff s on s.id = g.staff_id join staff r on r.id = g.requested_by ";

    public Optional<Request> of(long staffId) {
        return jdbc.sql(SELECT + "where g.staff_id = ?").param(staffId).query(AdminGrants::request).optional();
    }

    public List<Request> pending() {
        return jdbc.sql(SELECT + "order by g.requested_at").query(AdminGrants::request).list();
    }

    public void request(long staffId, long requestedBy, String reason, Instant now) {
        jdbc.sql("insert into admin_grant (staff_id, requested_by, requested_at, reason) values (?, ?, ?, ?)")
                .params(staffId, requestedBy, Timestamp.from(now), reason).update();
    }

    /** Takes the request away; false when there was none (already approved or withdrawn by someone else). */
    public boolean remove(long staffId) {
        return jdbc.sql("delete from admin_grant where staff_id = ?").param(staffId).update() == 1;
    }

    private static Request request(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new Request(row.getLong("staff_id"), row.getString("username"), row.getLong("requested_by"),
                row.getString("requester"), row.getTimestamp("requested_at").toInstant(), row.getString("reason"));
    }
}
