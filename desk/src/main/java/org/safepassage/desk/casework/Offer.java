package org.safepassage.desk.casework;

import java.time.Instant;

/** What the organisation offers a person and family; valid once approved by a second person. */
public record Offer(long id, long caseId, String amnesty, String relocationCountry, String residency, String support,
                    String familyCovered, String proposedBy, long proposedById, Instant proposedAt, String decision,
                    String decidedBy, Instant decidedAt, String decisionNote) {

    public static final String PROPOSED = "PROPOSED";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    public boolean pending() {
        return PROPOSED.equals(decision);
    }
}
