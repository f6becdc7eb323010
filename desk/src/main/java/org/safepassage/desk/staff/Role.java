package org.safepassage.desk.staff;

/** What a staff member may do. Supervisors and admins must sign in with a second factor. */
public enum Role {
    /** Works the cases of their own team. */
    ANALYST,
    /** As an analyst, and approves offers proposed by someone else. */
    SUPERVISOR,
    /** Manages staff, teams and imports; sees every team's cases. */
    ADMIN;

    public boolean requiresSecondFactor() {
        return this != ANALYST;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
