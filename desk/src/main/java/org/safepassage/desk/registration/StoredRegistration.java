package org.safepassage.desk.registration;

import java.time.Instant;
import org.safepassage.core.registration.Registration;

/** A registration as the desk keeps it: the document, the submitter thread, its team and its case if any. */
public record StoredRegistration(String id, String threadTag, long teamId, Long caseId, Instant receivedAt,
                                 Instant importedAt, Double priority, Registration document) {

    /** A short handle for a submitter thread, for people to tell threads apart (not a secret: the tag is an HMAC). */
    public String threadHandle() {
        return threadTag.substring(0, 8);
    }
}
