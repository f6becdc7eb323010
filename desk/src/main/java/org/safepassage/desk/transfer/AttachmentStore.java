package org.safepassage.desk.transfer;

import java.sql.Timestamp;
import java.time.Instant;
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
}
