package org.safepassage.desk.staff;

import java.nio.CharBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What admins do to staff accounts, with the rules: unlock, reset a password (to a one-time password
 * the person must change) or a second factor, disable and enable, change role and team. Granting the
 * admin role needs two admins: one asks, another approves. Nobody disables or demotes themselves or
 * the last admin. Every change is audited and ends the person's sessions, so that rights or
 * credentials taken away are gone at their next click.
 */
@Service
public class StaffAdministration {

    private static final String ONE_TIME_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int ONE_TIME_LENGTH = 20;
    public static final int MIN_REASON = 10;

    private final StaffDirectory directory;
    private final AdminGrants grants;
    private final PasswordEncoder passwords;
    private final TotpCodes totp;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final SecureRandom random;
    private final Clock clock;

    public StaffAdministration(StaffDirectory directory, AdminGrants grants, PasswordEncoder passwords, TotpCodes totp,
                               SignInThrottle throttle, AuditLog audit, TransactionTemplate transaction, JdbcClient jdbc,
                               SecureRandom random, Clock clock) {
        this.directory = directory;
        this.grants = grants;
        this.passwords = passwords;
        this.totp = totp;
        this.throttle = throttle;
        this.audit = audit;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.random = random;
        this.clock = clock;
    }

    /** What an admin action gives to hand over in person, once: a one-time password or a second-factor secret. */
    public record Handover(StaffMember member, String oneTimePassword, String totpSecret) {

        public String enrolmentUri() {
            return totpSecret == null ? null : TotpCodes.enrolmentUri(member.username(), totpSecret);
        }

        @Override
        public String toString() {
            return "Handover[" + member.username() + "]";
        }
    }

    /** Ends every sign-in pause of the account, from every address. */
    public int unlock(long staffId, SignedInStaff admin) {
        StaffMember member = member(staffId);
        int released = throttle.release(member.username());
        audit.append(admin.username(), AuditAction.STAFF_UNLOCKED, subject(member),
                released == 0 ? "unlocked (no pause was running)" : "sign-in pauses ended for " + released + " address(es)");
        return released;
    }

    /** Sets a one-time password, shown once to the admin; the person chooses their own at their next sign-in. */
    public Handover resetPassword(long staffId, SignedInStaff admin) {
        StaffMember member = member(staffId);
        char[] oneTime = oneTimePassword();
        try {
            directory.setPassword(member.id(), passwords.encode(CharBuffer.wrap(oneTime)), true, clock.instant());
            throttle.release(member.username());
            audit.append(admin.username(), AuditAction.STAFF_PASSWORD_RESET, subject(member),
                    "password reset to a one-time password; to be changed at the next sign-in; sessions ended");
            return new Handover(member, new String(oneTime), null);
        } finally {
            Arrays.fill(oneTime, '\0');
        }
    }

    /** A new second-factor secret, shown once to the admin for enrolment in person. */
    public Handover resetSecondFactor(long staffId, SignedInStaff admin) {
        StaffMember member = member(staffId);
        String secret = totp.newSecret();
        directory.setTotpSecret(member.id(), secret, clock.instant());
        audit.append(admin.username(), AuditAction.STAFF_TOTP_RESET, subject(member),
                "new second-factor secret issued; the old one no longer signs in; sessions ended");
        return new Handover(member, null, secret);
    }

    public void disable(long staffId, String reason, SignedInStaff admin) {
        StaffMember member = member(staffId);
        if (member.id() == admin.id()) {
            throw new StaffRuleException("you cannot disable your own account");
        }
        String why = reason(reason, "disable the account");
        if (member.role() == Role.ADMIN && member.enabled() && directory.enabledAdmins() <= 1) {
            throw new StaffRuleException(member.username() + " is the last admin; make someone else admin first");
        }
        directory.setEnabled(member.id(), false, clock.instant());
        grants.remove(member.id());
        audit.append(admin.username(), AuditAction.STAFF_DISABLED, subject(member), "disabled; sessions ended: " + why);
    }

    public void enable(long staffId, SignedInStaff admin) {
        StaffMember member = member(staffId);
        directory.setEnabled(member.id(), true, clock.instant());
        audit.append(admin.username(), AuditAction.STAFF_ENABLED, subject(member), "enabled again");
    }

    /**
     * Changes the role. To analyst or supervisor it takes effect at once (a supervisor without a second
     * factor gets one, returned for enrolment). To admin it is a request that another admin approves.
     */
    public Handover changeRole(long staffId, Role role, String reason, SignedInStaff admin) {
        StaffMember member = member(staffId);
        if (role == member.role()) {
            throw new StaffRuleException(member.username() + " is already " + words(role));
        }
        if (member.id() == admin.id()) {
            throw new StaffRuleException("another admin changes your role");
        }
        String why = reason(reason, "change the role");
        if (role == Role.ADMIN) {
            if (!member.enabled()) {
                throw new StaffRuleException(member.username() + " is disabled");
            }
            if (grants.of(member.id()).isPresent()) {
                throw new StaffRuleException("making " + member.username() + " admin is already waiting for a second admin");
            }
            grants.request(member.id(), admin.id(), why, clock.instant());
            audit.append(admin.username(), AuditAction.STAFF_ADMIN_REQUESTED, subject(member),
                    "asks to make " + member.username() + " admin (another admin must approve): " + why);
            return null;
        }
        if (member.role() == Role.ADMIN && member.enabled() && directory.enabledAdmins() <= 1) {
            throw new StaffRuleException(member.username() + " is the last admin; make someone else admin first");
        }
        String secret = role.requiresSecondFactor() && !member.hasSecondFactor() ? totp.newSecret() : null;
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            directory.setRole(member.id(), role, now);
            if (secret != null) {
                directory.setTotpSecret(member.id(), secret, now);
            }
        });
        audit.append(admin.username(), AuditAction.STAFF_ROLE_CHANGED, subject(member),
                words(member.role()) + " → " + words(role) + (secret != null ? ", second factor issued" : "") + "; sessions ended: " + why);
        return secret == null ? null : new Handover(member, null, secret);
    }

    /** The second admin's approval of a request to make someone admin; returns a second factor to enrol if they had none. */
    public Handover approveAdmin(long staffId, SignedInStaff admin) {
        StaffMember member = member(staffId);
        AdminGrants.Request request = grants.of(member.id())
                .orElseThrow(() -> new StaffRuleException("no request to make " + member.username() + " admin is waiting"));
        if (request.requestedById() == admin.id()) {
            throw new StaffRuleException("four-eyes rule: another admin approves what you asked for");
        }
        if (member.id() == admin.id()) {
            throw new StaffRuleException("you cannot approve your own admin role");
        }
        String secret = member.hasSecondFactor() ? null : totp.newSecret();
        Instant now = clock.instant();
        boolean approved = Boolean.TRUE.equals(transaction.execute(status -> {
            if (!grants.remove(member.id())) {
                return false;
            }
            directory.setRole(member.id(), Role.ADMIN, now);
            if (secret != null) {
                directory.setTotpSecret(member.id(), secret, now);
            }
            return true;
        }));
        if (!approved) {
            throw new StaffRuleException("the request was approved or withdrawn by someone else a moment ago");
        }
        audit.append(admin.username(), AuditAction.STAFF_ROLE_CHANGED, subject(member), words(member.role()) + " → admin, asked by "
                + request.requestedBy() + " and approved by " + admin.username() + (secret != null ? ", second factor issued" : "")
                + "; sessions ended: " + request.reason());
        return secret == null ? null : new Handover(member, null, secret);
    }

    public void withdrawAdminRequest(long staffId, SignedInStaff admin) {
        StaffMember member = member(staffId);
        if (!grants.remove(member.id())) {
            throw new StaffRuleException("no request to make " + member.username() + " admin is waiting");
        }
        audit.append(admin.username(), AuditAction.STAFF_ADMIN_WITHDRAWN, subject(member), "request to make them admin withdrawn");
    }

    /**
     * Moves the person to another team (created if new). Their cases stay with the old team and are
     * left unassigned, for that team to give to someone.
     */
    public int changeTeam(long staffId, String teamName, String reason, SignedInStaff admin) {
        StaffMember member = member(staffId);
        String why = reason(reason, "move the person to another team");
        String team = teamName == null ? "" : teamName.strip();
        if (!StaffAccounts.validTeamName(team)) {
            throw new StaffRuleException("team: 1–80 letters, digits, spaces, dots, dashes or underscores");
        }
        if (team.equals(member.teamName())) {
            throw new StaffRuleException(member.username() + " is already in team " + team);
        }
        boolean[] created = {false};
        Instant now = clock.instant();
        Integer unassigned = transaction.execute(status -> {
            StaffDirectory.Team target = directory.team(team).orElseGet(() -> {
                created[0] = true;
                return directory.createTeam(team);
            });
            int left = jdbc.sql("update case_file set assignee_id = null where assignee_id = ? and team_id <> ?")
                    .params(member.id(), target.id()).update();
            directory.setTeam(member.id(), target.id(), now);
            return left;
        });
        if (created[0]) {
            audit.append(admin.username(), AuditAction.TEAM_CREATED, "team:" + team, "team " + team + " created");
        }
        audit.append(admin.username(), AuditAction.STAFF_TEAM_CHANGED, subject(member), "team " + member.teamName() + " → " + team
                + (unassigned > 0 ? "; " + unassigned + " of their cases left unassigned in the old team" : "") + "; sessions ended: " + why);
        return unassigned;
    }

    private StaffMember member(long staffId) {
        return directory.byId(staffId).orElseThrow(() -> new StaffRuleException("there is no such staff account"));
    }

    private static String reason(String reason, String what) {
        if (reason == null || reason.strip().length() < MIN_REASON) {
            throw new StaffRuleException("say why you " + what + " (at least " + MIN_REASON + " characters); it goes to the audit log");
        }
        String why = reason.strip();
        return why.length() <= 500 ? why : why.substring(0, 500);
    }

    private char[] oneTimePassword() {
        char[] password = new char[ONE_TIME_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = ONE_TIME_ALPHABET.charAt(random.nextInt(ONE_TIME_ALPHABET.length()));
        }
        return password;
    }

    static String words(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    private static String subject(StaffMember member) {
        return "staff:" + member.username();
    }
}
