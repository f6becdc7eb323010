package org.safepassage.desk.staff;

import java.time.Instant;

/** A staff account as stored; the password hash and TOTP secret never leave the staff package's services. */
public record StaffMember(long id, String username, String passwordHash, Role role, long teamId, String teamName,
                          String totpSecret, int failedLogins, Instant lockedUntil, boolean enabled, Long lastTotpStep) {

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    @Override
    public String toString() {
        return "StaffMember[" + username + ", " + role + ", team " + teamName + "]";
    }
}
