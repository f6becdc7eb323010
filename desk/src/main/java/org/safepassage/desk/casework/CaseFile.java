package org.safepassage.desk.casework;

import java.time.Instant;
import org.safepassage.core.message.SubmitterStatus;

/**
 * One case: a person (one or more linked registrations) carried towards relocation; {@code mergedInto}
 * the case it joined when it was merged.
 */
public record CaseFile(long id, long teamId, String teamName, Long assigneeId, String assignee, CaseState state,
                       SubmitterStatus submitterStatus, Instant createdAt, Instant updatedAt, Long mergedInto) {

    public String reference() {
        return reference(id);
    }

    /** How people write a case number: C-00042. */
    public static String reference(long id) {
        return "C-" + String.format("%05d", id);
    }
}
