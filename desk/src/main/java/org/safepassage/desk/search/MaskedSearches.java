package org.safepassage.desk.search;

import java.util.List;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.springframework.stereotype.Service;

/**
 * Records every search by a masked field (a name, a national ID): who searched, where, how many
 * registrations or cases it found and which were shown. Not what was typed: the audit log is read
 * by every admin and carried in backups, and must not become a list of the names people looked for.
 */
@Service
public class MaskedSearches {

    private static final int IDS_RECORDED = 50;

    private final AuditLog audit;

    public MaskedSearches(AuditLog audit) {
        this.audit = audit;
    }

    /** Audits the search when it looked into a masked field; does nothing otherwise. */
    public void record(String actor, String where, SearchText search, long found, List<String> shown) {
        if (!search.searchesMaskedField()) {
            return;
        }
        List<String> recorded = shown.stream().limit(IDS_RECORDED).toList();
        audit.append(actor, AuditAction.MASKED_SEARCH, "search:" + where,
                "search by " + search.auditKind() + " in the " + where + ": " + found + (found == 1 ? " match" : " matches")
                        + (recorded.isEmpty() ? "" : "; shown: " + String.join(", ", recorded)
                        + (shown.size() > recorded.size() ? " and " + (shown.size() - recorded.size()) + " more" : "")));
    }
}
