package org.safepassage.desk.duress;

import java.time.Instant;
import java.util.Optional;

/**
 * A duress receipt was used: the person who registered {@code registrationId} may be in someone
 * else's hands. Replies to them are held while the alert is open or decided {@link Decision#HOLD}.
 */
public record DuressAlert(String registrationId, String threadTag, Instant raisedHour, Optional<Decision> decision,
                          Optional<String> decidedBy, Optional<Instant> decidedAt, Optional<String> reason) {

    /** What a supervisor decided: the person is confirmed safe (replies resume), or replies stay held. */
    public enum Decision { RESUME, HOLD }

    public boolean holdsReplies() {
        return decision.isEmpty() || decision.get() == Decision.HOLD;
    }
}
