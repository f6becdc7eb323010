package org.safepassage.desk.casework;

import java.time.Instant;
import org.safepassage.core.message.SubmitterStatus;

/** One case: a person (one or more linked registrations) carried towards relocation. */
public record CaseFile(long id, long teamId, String teamName, Long assigneeId, String assignee, CaseState state,
                       SubmitterStatus submitterStatus, Instant createdAt, Instant updatedAt) {

    public String reference() {
        return "C-" + String.format("%05d", id);
    }
}
