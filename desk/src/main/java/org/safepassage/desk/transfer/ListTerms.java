package org.safepassage.desk.transfer;

import java.time.ZoneId;
import org.safepassage.core.registration.Urgency;

/**
 * What the operator says of a partner's list for the lines that leave it unsaid: the urgency to
 * give lines that give none, and the zone of times of arrival written without one (a database's
 * local times). Either may be null: such lines are then left out, as the schema wants them given.
 */
public record ListTerms(Urgency urgency, ZoneId localTimes) {

    /** Nothing said: every line must give its urgency and its time's zone. */
    public static final ListTerms NONE = new ListTerms(null, null);

    /**
     * What these terms add to an import's id: the same file imported again under other terms takes
     * in the lines they let in, and is no replay. A zone is named by the hash of its id, which may be
     * long (America/Argentina/ComodRivadavia) where an import's id has 80 characters at most.
     */
    String importSuffix() {
        return (urgency == null ? "" : "-" + urgency.wireName())
                + (localTimes == null ? "" : "-at-" + Integer.toHexString(localTimes.getId().hashCode()));
    }

    /** The terms in words, after a list's name: " with urgency high, its local times at Asia/Tehran". */
    String inWords() {
        String urgencyWords = urgency == null ? "" : " with urgency " + urgency.wireName();
        String zoneWords = localTimes == null ? "" : (urgency == null ? " with" : ",") + " its local times at " + localTimes.getId();
        return urgencyWords + zoneWords;
    }
}
