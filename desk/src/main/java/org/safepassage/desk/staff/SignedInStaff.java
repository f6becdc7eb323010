package org.safepassage.desk.staff;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import org.safepassage.desk.system.Compartment;

/**
 * Who is signed in: the principal of every authenticated request. Carries no secret.
 * {@link #seesEveryTeam()} is true for admins only; everyone else is confined to their team.
 * {@code signedInAt}: a session older than the account's last reset or change ends ({@link AccountCheck}).
 */
public record SignedInStaff(long id, String username, Role role, long teamId, String teamName, Instant signedInAt)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean seesEveryTeam() {
        return role == Role.ADMIN;
    }

    public boolean mayApproveOffers() {
        return role == Role.SUPERVISOR || role == Role.ADMIN;
    }

    /** What this person may see and change: their team's, or every team's for admins. */
    public Compartment compartment() {
        return seesEveryTeam() ? Compartment.everyTeam() : Compartment.team(teamId);
    }

    @Override
    public String toString() {
        return username;
    }
}
