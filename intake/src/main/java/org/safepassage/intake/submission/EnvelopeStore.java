package org.safepassage.intake.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.safepassage.core.batch.EnvelopeKind;
import org.safepassage.core.digest.Sha256;
import org.safepassage.core.receipt.LookupTag;
import org.safepassage.intake.system.RowKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Threads (submitters by lookup tag) and their sealed envelopes. */
@Repository
public class EnvelopeStore {

    /** Whether envelope {@code e} is in a batch. */
    private static final String CLAIMED = "exists (select 1 from envelope_claim c where c.envelope_id = e.id)";

    private final JdbcClient jdbc;
    private final RowKeys rowKeys;

    public EnvelopeStore(JdbcClient jdbc, RowKeys rowKeys) {
        this.jdbc = jdbc;
        this.rowKeys = rowKeys;
    }

    public void createThread(LookupTag tag, Instant hour) {
        jdbc.sql("insert into thread (row_key, tag, created_hour) values (?, ?, ?)")
                .params(rowKeys.next(), tag.hex(), Timestamp.from(hour))
                .update();
    }

    /** Opens a thread unless it is there already. */
    public void createThreadIfAbsent(LookupTag tag, Instant hour) {
        if (!threadExists(tag)) {
            createThread(tag, hour);
        }
    }

    /**
     * Deletes, for good, an exported envelope the desk acknowledged holding, if its content still has
     * the SHA-256 the desk named. The row goes; its bytes are no longer readable through the database.
     */
    public boolean deleteAcknowledged(String id, String sha256) {
        Optional<byte[]> content = jdbc.sql("select content from envelope e where id = ? and " + CLAIMED)
                .param(id).query((row, n) -> row.getBytes(1)).optional();
        if (content.isEmpty() || !MessageDigest.isEqual(Sha256.hex(content.get()).getBytes(StandardCharsets.US_ASCII),
                sha256.getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        return jdbc.sql("delete from envelope where id = ?").param(id).update() == 1;
    }

    public boolean envelopeExists(String id) {
        return jdbc.sql("select count(*) from envelope where id = ?").param(id).query(Long.class).single() > 0;
    }

    /** Whether the thread has an envelope of this kind from this hour still held here. */
    public boolean hasEnvelopeFrom(LookupTag tag, EnvelopeKind kind, Instant hour) {
        return jdbc.sql("select count(*) from envelope where thread_tag = ? and kind = ? and received_hour = ?")
                .params(tag.hex(), kind.wireName(), Timestamp.from(hour)).query(Long.class).single() > 0;
    }

    public boolean threadExists(LookupTag tag) {
        return jdbc.sql("select count(*) from thread where tag = ?").param(tag.hex()).query(Long.class).single() > 0;
    }

    public void add(LookupTag thread, NewEnvelope envelope, Instant hour) {
        add(thread, envelope, hour, null);
    }

    /** Stores an envelope; a registration's carries its submitter's reply recipient, for the desk, until the desk holds it. */
    public void add(LookupTag thread, NewEnvelope envelope, Instant hour, String replyRecipient) {
        jdbc.sql("insert into envelope (id, thread_tag, kind, received_hour, size_bytes, content, reply_recipient) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(envelope.id(), thread.hex(), envelope.kind().wireName(), Timestamp.from(hour),
                        envelope.sealed().length, envelope.sealed(), replyRecipient)
                .update();
    }

    /** Bytes of ciphertext waiting to be collected by the desk: what the storage quota counts. */
    public long pendingBytes() {
        return jdbc.sql("select coalesce(sum(size_bytes), 0) from envelope e where not " + CLAIMED)
                .query(Long.class).single();
    }

    /**
     * Claims up to {@code limit} envelopes not yet in any batch for batch {@code batchId}; returns how
     * many. A claim is a row keyed by the envelope: however many nodes export at once, every envelope
     * lands in exactly one batch (an exporter that meets another's claim not yet committed waits for
     * it, then leaves that envelope to it). Held until the caller's transaction ends: a rollback (a
     * failed write, a killed node) leaves them unclaimed. The envelopes themselves are not written.
     */
    public int claim(String batchId, int limit) {
        return jdbc.sql("insert into envelope_claim (envelope_id, batch_id) select e.id, ? from envelope e where not " + CLAIMED
                        + " order by e.id limit ? on conflict do nothing")
                .params(batchId, limit).update();
    }

    /** Up to {@code limit} envelopes of batch {@code batchId} with ids after {@code afterId}, in id order. */
    public List<PendingEnvelope> claimed(String batchId, String afterId, int limit) {
        return jdbc.sql("""
                        select e.id, e.kind, e.thread_tag, e.reply_recipient, e.content
                        from envelope_claim c join envelope e on e.id = c.envelope_id
                        where c.batch_id = ? and c.envelope_id > ? order by c.envelope_id""")
                .params(batchId, afterId)
                .withMaxRows(limit)
                .query((rs, row) -> new PendingEnvelope(rs.getString(1), kindOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getBytes(5)))
                .list();
    }

    private static EnvelopeKind kindOf(String wireName) {
        for (EnvelopeKind kind : EnvelopeKind.values()) {
            if (kind.wireName().equals(wireName)) {
                return kind;
            }
        }
        throw new IllegalStateException("unknown envelope kind in the database: " + wireName);
    }

    /** An envelope waiting for export, with its thread and the thread's reply recipient. */
    public record PendingEnvelope(String id, EnvelopeKind kind, String thread, String replyRecipient, byte[] sealed) {
    }
}
