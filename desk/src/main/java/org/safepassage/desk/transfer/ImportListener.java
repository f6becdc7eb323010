package org.safepassage.desk.transfer;

import java.util.List;
import org.safepassage.core.registration.Registration;

/**
 * Told, as an import goes, of the registrations it has just stored (committed, and new to the
 * desk), e.g. to link and screen them. Called once per stored chunk, never for a replayed batch.
 */
public interface ImportListener {

    default void stored(List<Registration> registrations) {
    }

    /** Told once an import has stored all it will, when it stored anything: for work over everything held. */
    default void finished(int storedRegistrations) {
    }
}
