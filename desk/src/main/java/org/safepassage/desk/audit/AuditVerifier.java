package org.safepassage.desk.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Recomputes the audit chain from the first entry and names the first one that does not fit. */
@Service
public class AuditVerifier {

    private final JdbcClient jdbc;

    public AuditVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Result verify() {
        long[] checked = {0};
        long[] expectedSeq = {1};
        String[] prev = {AuditEntry.GENESIS};
        Result[] broken = {null};
        jdbc.sql("select * from audit_entry order by seq").query(row -> {
            if (broken[0] != null) {
                return;
            }
            AuditEntry entry = AuditLog.entry(row, 0);
            if (entry.seq() != expectedSeq[0]) {
                broken[0] = Result.broken(checked[0], expectedSeq[0], "entry " + expectedSeq[0]
                        + " is missing (the next entry present is " + entry.seq() + ")");
            } else if (!entry.prevHash().equals(prev[0])) {
                broken[0] = Result.broken(checked[0], entry.seq(),
                        "entry " + entry.seq() + " does not follow entry " + (entry.seq() - 1) + " (previous hash differs)");
            } else if (!entry.hash().equals(entry.expectedHash())) {
                broken[0] = Result.broken(checked[0], entry.seq(),
                        "entry " + entry.seq() + " was changed after it was written (its hash does not match its fields)");
            } else {
                checked[0]++;
                expectedSeq[0]++;
                prev[0] = entry.hash();
            }
        });
        return broken[0] != null ? broken[0] : new Result(true, checked[0], 0, "all " + checked[0] + " entries intact");
    }

    /** Whether the chain holds, how many entries were checked, and the first broken one (0 if none). */
    public record Result(boolean intact, long entriesChecked, long firstBrokenSeq, String message) {
        static Result broken(long checked, long seq, String message) {
            return new Result(false, checked, seq, message);
        }
    }
}
