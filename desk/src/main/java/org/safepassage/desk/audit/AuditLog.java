package org.safepassage.desk.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the hash-chained audit log. Appends are serialised and each runs in a transaction
 * of its own, so the chain never forks; callers append after the action they record succeeded.
 * Details name what happened, never secrets: no passwords, codes, keys or receipts.
 */
@Service
public class AuditLog {

    /** The actor of entries the desk writes on its own (imports by the scheduler, lock-outs). */
    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    public AuditLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public synchronized AuditEntry append(String actor, AuditAction action, String subject, String detail) {
        return ownTransaction.execute(status -> {
            List<AuditEntry> last = jdbc.sql("select * from audit_entry order by seq desc limit 1")
                    .query(AuditLog::entry).list();
            long seq = last.isEmpty() ? 1 : last.get(0).seq() + 1;
            String prev = last.isEmpty() ? AuditEntry.GENESIS : last.get(0).hash();
            Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            String cleanActor = AuditEntry.utf8Limit(actor, 64);
            String cleanSubject = AuditEntry.utf8Limit(subject, 100);
            String cleanDetail = AuditEntry.utf8Limit(detail, 2000);
            String hash = AuditEntry.hashOf(seq, at, cleanActor, action.code(), cleanSubject, cleanDetail, prev);
            jdbc.sql("insert into audit_entry (seq, at, actor, action, subject, detail, prev_hash, hash) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(seq, Timestamp.from(at), cleanActor, action.code(), cleanSubject, cleanDetail, prev, hash)
                    .update();
            return new AuditEntry(seq, at, cleanActor, action.code(), cleanSubject, cleanDetail, prev, hash);
        });
    }

    /** The entries about these subjects, oldest first, leaving out the given actions (a case's history). */
    public List<AuditEntry> about(List<String> subjects, List<AuditAction> leaveOut) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from audit_entry where subject in (:subjects) and action not in (:left) order by seq")
                .param("subjects", subjects)
                .param("left", leaveOut.isEmpty() ? List.of("") : leaveOut.stream().map(AuditAction::code).toList())
                .query(AuditLog::entry).list();
    }

    /** The newest entries, newest first, for the audit page. */
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("select * from audit_entry order by seq desc limit ?").param(limit).query(AuditLog::entry).list();
    }

    static AuditEntry entry(java.sql.ResultSet row, int rowNum) throws java.sql.SQLException {
        return new AuditEntry(row.getLong("seq"), row.getTimestamp("at").toInstant(), row.getString("actor"),
                row.getString("action"), row.getString("subject"), row.getString("detail"),
                row.getString("prev_hash"), row.getString("hash"));
    }
}
