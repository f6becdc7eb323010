package org.safepassage.desk.staff;

import java.time.Instant;

/** A staff account as stored; the password hash and TOTP secret never leave the staff package's services. */
public record StaffMember(long id, String username, String passwordHash, Role role, long teamId, String teamName,
                          String totpSecret, boolean enabled, Long lastTotpStep, boolean mustChangePassword,
                          Instant sessionsValidFrom) {

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    @Override
    public String toString() {
        return "StaffMember[" + username + ", " + role + ", team " + teamName + "]";
    }
}
