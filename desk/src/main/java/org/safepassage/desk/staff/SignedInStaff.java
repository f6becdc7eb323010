package org.safepassage.desk.staff;

import java.io.Serial;
import java.io.Serializable;

/**
 * Who is signed in: the principal of every authenticated request. Carries no secret.
 * {@link #seesEveryTeam()} is true for admins only; everyone else is confined to their team.
 */
public record SignedInStaff(long id, String username, Role role, long teamId, String teamName) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean seesEveryTeam() {
        return role == Role.ADMIN;
    }

    public boolean mayApproveOffers() {
        return role == Role.SUPERVISOR || role == Role.ADMIN;
    }

    /** SQL-ready team filter: null when every team is visible. */
    public Long teamFilter() {
        return seesEveryTeam() ? null : teamId;
    }

    @Override
    public String toString() {
        return username;
    }
}
