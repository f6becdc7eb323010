package org.safepassage.desk.transfer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attachments exactly as they arrived: sealed to the desk identity, opened only on request. */
@Repository
public class AttachmentStore {

    private final JdbcClient jdbc;

    public AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean addIfAbsent(String id, String threadTag, byte[] sealed, Instant importedAt) {
        if (jdbc.sql("select count(*) from attachment where id = ?").param(id).query(Long.class).single() > 0) {
            return false;
        }
        jdbc.sql("insert into attachment (id, thread_tag, size_bytes, sealed, imported_at) values (?, ?, ?, ?, ?)")
                .params(id, threadTag, sealed.length, sealed, Timestamp.from(importedAt)).update();
        return true;
    }

    /** The sealed attachment, if it belongs to the thread given. */
    public Optional<byte[]> sealed(String id, String threadTag) {
        return jdbc.sql("select sealed from attachment where id = ? and thread_tag = ?").params(id, threadTag)
                .query((row, n) -> row.getBytes("sealed")).optional();
    }

    /** Every attachment id, in order: to walk them one at a time (they may be large). */
    public List<String> ids() {
        return jdbc.sql("select id from attachment order by id").query(String.class).list();
    }

    public Optional<byte[]> sealed(String id) {
        return jdbc.sql("select sealed from attachment where id = ?").param(id).query((row, n) -> row.getBytes("sealed")).optional();
    }

    /** Replaces an attachment's ciphertext (re-sealed to another desk key); the content is the same. */
    public void reseal(String id, byte[] sealed) {
        jdbc.sql("update attachment set sealed = ?, size_bytes = ? where id = ?").params(sealed, sealed.length, id).update();
    }
}
