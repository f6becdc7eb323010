package org.safepassage.intake.submission;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.safepassage.core.receipt.LookupTag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Replies from the desk, still sealed to each submitter's reply key, and the copies submitters keep of
 * their own follow-ups, sealed the same way: only the receipt opens them, and at rest the two look alike.
 */
@Repository
public class ReplyStore {

    private final JdbcClient jdbc;

    public ReplyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a reply once; the same reply imported again changes nothing. Returns whether it was new. */
    public boolean addIfAbsent(String id, String thread, Instant hour, byte[] sealed) {
        boolean exists = jdbc.sql("select count(*) from reply where id = ?").param(id).query(Long.class).single() > 0;
        if (exists) {
            return false;
        }
        jdbc.sql("insert into reply (id, thread_tag, received_hour, content) values (?, ?, ?, ?)")
                .params(id, thread, Timestamp.from(hour), sealed)
                .update();
        return true;
    }

    public List<SealedReply> forThread(LookupTag tag) {
        return jdbc.sql("select id, received_hour, content from reply where thread_tag = ? order by received_hour, id")
                .param(tag.hex())
                .query((rs, row) -> new SealedReply(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getBytes(3)))
                .list();
    }

    /** Deletes, for good, every reply that arrived before {@code hour}; returns how many. */
    public int deleteReceivedBefore(Instant hour) {
        return jdbc.sql("delete from reply where received_hour < ?").param(java.sql.Timestamp.from(hour)).update();
    }

    /** A reply (or kept copy) as stored: ciphertext and the hour it arrived. */
    public record SealedReply(String id, Instant hour, byte[] sealed) {
    }
}
