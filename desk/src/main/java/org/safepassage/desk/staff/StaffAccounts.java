package org.safepassage.desk.staff;

import java.nio.CharBuffer;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.safepassage.desk.staff.StaffDirectory.Team;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates staff accounts and teams, with the rules every account must meet. */
@Service
public class StaffAccounts {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern TEAM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,79}");

    private final StaffDirectory directory;
    private final PasswordEncoder passwords;
    private final TotpCodes totp;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public StaffAccounts(StaffDirectory directory, PasswordEncoder passwords, TotpCodes totp, AuditLog audit,
                         TransactionTemplate transaction, Clock clock) {
        this.directory = directory;
        this.passwords = passwords;
        this.totp = totp;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Creates an account; the team is created when it does not exist yet. Supervisors and admins
     * always get a TOTP secret; analysts when {@code withSecondFactor}. The secret is returned
     * once, for enrolment, and is otherwise never shown.
     */
    public Created create(String username, char[] password, Role role, String teamName, boolean withSecondFactor,
                          String actor) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException("username: 2–64 lower-case letters, digits, dots, dashes or underscores, "
                    + "starting with a letter or digit");
        }
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password: at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        String team = teamName == null ? "" : teamName.strip();
        if (!validTeamName(team)) {
            throw new IllegalArgumentException("team: 1–80 letters, digits, spaces, dots, dashes or underscores");
        }
        if (directory.byUsername(name).isPresent()) {
            throw new IllegalArgumentException("username: " + name + " is taken");
        }
        String secret = role.requiresSecondFactor() || withSecondFactor ? totp.newSecret() : null;
        String hash = passwords.encode(CharBuffer.wrap(password));
        boolean[] newTeam = {false};
        StaffMember member = transaction.execute(status -> {
            Team found = directory.team(team).orElseGet(() -> {
                newTeam[0] = true;
                return directory.createTeam(team);
            });
            long id = directory.insert(name, hash, role, found.id(), secret, clock.instant());
            return directory.byId(id).orElseThrow();
        });
        if (newTeam[0]) {
            audit.append(actor, AuditAction.TEAM_CREATED, "team:" + team, "team " + team + " created");
        }
        audit.append(actor, AuditAction.STAFF_CREATED, "staff:" + name,
                role.name().toLowerCase(Locale.ROOT) + " in team " + team + (secret != null ? ", with TOTP" : ""));
        return new Created(member, secret);
    }

    public static boolean validTeamName(String team) {
        return team != null && TEAM.matcher(team).matches();
    }

    /**
     * A person changes their own password: the current one must be right, the new one long enough,
     * typed the same twice and not the current one. Clears a reset's "must change".
     */
    public void changeOwnPassword(long staffId, char[] current, char[] chosen, char[] repeated) {
        StaffMember member = directory.byId(staffId).orElseThrow(() -> new IllegalArgumentException("the account is gone"));
        if (current == null || !passwords.matches(CharBuffer.wrap(current), member.passwordHash())) {
            throw new IllegalArgumentException("current password: it is not right");
        }
        if (chosen == null || chosen.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("new password: at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (repeated == null || !java.util.Arrays.equals(chosen, repeated)) {
            throw new IllegalArgumentException("new password: the two entries differ");
        }
        if (java.util.Arrays.equals(chosen, current)) {
            throw new IllegalArgumentException("new password: it must differ from the current one");
        }
        directory.setPassword(member.id(), passwords.encode(CharBuffer.wrap(chosen)), false, null);
        audit.append(member.username(), AuditAction.STAFF_PASSWORD_CHANGED, "staff:" + member.username(),
                member.mustChangePassword() ? "chose their own password after a reset" : "changed their password");
    }

    /** A new account, and its TOTP secret when it has one (shown once for enrolment). */
    public record Created(StaffMember member, String totpSecret) {
        public String enrolmentUri() {
            return totpSecret == null ? null : TotpCodes.enrolmentUri(member.username(), totpSecret);
        }

        @Override
        public String toString() {
            return "Created[" + member + "]";
        }
    }
}
