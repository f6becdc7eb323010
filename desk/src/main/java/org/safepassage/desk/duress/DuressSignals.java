package org.safepassage.desk.duress;

import java.time.Instant;
import org.safepassage.core.message.DuressPairing;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.springframework.stereotype.Service;

/**
 * Turns what the intake sends into duress alerts: a sealed pairing note names a registration's duress
 * thread; any visit or message on that thread, before or after the note arrives, means the second
 * receipt was used, and raises an alert for the registration (audited once).
 */
@Service
public class DuressSignals {

    private final DuressStore store;
    private final AuditLog audit;

    public DuressSignals(DuressStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** A pairing note arrived on {@code tag}. */
    public void paired(String tag, DuressPairing pairing) {
        if (store.pair(tag, pairing.registration(), pairing.id())) {
            store.firstActivity(tag).ifPresent(hour -> raise(tag, hour));
        }
    }

    /** A receipt opened {@code tag}'s thread in {@code hour}. */
    public void visited(String tag, Instant hour) {
        store.visited(tag, hour);
        raise(tag, hour);
    }

    /** A message arrived on {@code tag} in {@code hour}. */
    public void wrote(String tag, Instant hour) {
        raise(tag, hour);
    }

    private void raise(String tag, Instant hour) {
        store.registrationOfDuressThread(tag).ifPresent(registration -> {
            if (store.raise(registration, tag, hour)) {
                audit.append(AuditLog.SYSTEM, AuditAction.DURESS_RAISED, "registration:" + registration,
                        "the second (duress) receipt opened its thread in the hour of " + hour + "; replies are held");
            }
        });
    }
}
