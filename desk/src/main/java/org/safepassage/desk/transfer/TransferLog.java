package org.safepassage.desk.transfer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Batches taken in and sent out, by id: the record that makes a replayed batch recognisable. */
@Repository
public class TransferLog {

    private final JdbcClient jdbc;

    public TransferLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the batch was transferred, if it was. */
    public Optional<Instant> find(String batchId) {
        return jdbc.sql("select transferred_at from transfer_batch where batch_id = ?").param(batchId)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    public void record(String batchId, String direction, Instant at, int envelopes, int failed, String actor) {
        jdbc.sql("insert into transfer_batch (batch_id, direction, transferred_at, envelope_count, failed_count, "
                        + "staff_username) values (?, ?, ?, ?, ?, ?)")
                .params(batchId, direction, Timestamp.from(at), envelopes, failed, actor).update();
    }

    public List<Transfer> latest(int limit) {
        return jdbc.sql("select * from transfer_batch order by transferred_at desc limit ?").param(limit)
                .query((row, n) -> new Transfer(row.getString("batch_id"), row.getString("direction"),
                        row.getTimestamp("transferred_at").toInstant(), row.getInt("envelope_count"),
                        row.getInt("failed_count"), row.getString("staff_username")))
                .list();
    }

    /** One batch in or out. */
    public record Transfer(String batchId, String direction, Instant at, int envelopes, int failed, String actor) {
    }
}
