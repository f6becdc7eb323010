package org.safepassage.desk.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.safepassage.desk.DeskSettings;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs staff in with name, password (Argon2id) and, for supervisors and admins always, a TOTP
 * code. Every failure counts; after {@code maxFailedLogins} in a row the account is locked for
 * {@code lockout}. The answer to a failure never says which of the three was wrong.
 */
@Component
public class StaffAuthentication implements AuthenticationProvider {

    static final String FAILED = "Sign-in failed: the name, password or code is wrong.";
    static final String LOCKED = "This account is locked after repeated failures. Try again later or ask an admin.";

    private final StaffDirectory directory;
    private final PasswordEncoder passwords;
    private final TotpCodes totp;
    private final AuditLog audit;
    private final DeskSettings settings;
    private final Clock clock;
    private final String unknownUserHash;

    public StaffAuthentication(StaffDirectory directory, PasswordEncoder passwords, TotpCodes totp, AuditLog audit,
                               DeskSettings settings, Clock clock) {
        this.directory = directory;
        this.passwords = passwords;
        this.totp = totp;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.unknownUserHash = passwords.encode("no such user: the hash keeps the timing of a real check");
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = String.valueOf(attempt.getPrincipal()).strip().toLowerCase(Locale.ROOT);
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String code = attempt.getDetails() instanceof LoginDetails details ? details.code() : null;
        StaffMember member = directory.byUsername(username).filter(StaffMember::enabled).orElse(null);
        if (member == null) {
            passwords.matches(password, unknownUserHash);
            audit.append(AuditLog.SYSTEM, AuditAction.LOGIN_FAILED, "staff:?", "sign-in with an unknown name");
            throw new BadCredentialsException(FAILED);
        }
        Instant now = clock.instant();
        if (member.lockedAt(now)) {
            audit.append(member.username(), AuditAction.LOGIN_FAILED, "staff:" + member.username(), "account locked");
            throw new LockedException(LOCKED);
        }
        boolean passwordOk = passwords.matches(password, member.passwordHash());
        boolean codeNeeded = member.role().requiresSecondFactor() || member.hasSecondFactor();
        long step = codeNeeded && member.hasSecondFactor() ? totp.matchingStep(member.totpSecret(), code) : -1;
        boolean replayed = step >= 0 && member.lastTotpStep() != null && step <= member.lastTotpStep();
        boolean codeOk = !codeNeeded || (step >= 0 && !replayed);
        if (!passwordOk || !codeOk) {
            fail(member, now, !passwordOk ? "wrong password"
                    : replayed ? "one-time code used before" : "wrong or missing one-time code");
        }
        directory.recordSuccess(member.id(), step >= 0 ? step : null);
        audit.append(member.username(), AuditAction.LOGIN, "staff:" + member.username(),
                codeNeeded ? "signed in with password and one-time code" : "signed in with password");
        SignedInStaff principal = new SignedInStaff(member.id(), member.username(), member.role(), member.teamId(),
                member.teamName());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(member.role().authority())));
    }

    private void fail(StaffMember member, Instant now, String why) {
        int failures = member.failedLogins() + 1;
        boolean lock = failures >= settings.maxFailedLogins();
        directory.recordFailure(member.id(), lock ? 0 : failures, lock ? now.plus(settings.lockout()) : null);
        audit.append(member.username(), AuditAction.LOGIN_FAILED, "staff:" + member.username(), why);
        if (lock) {
            audit.append(AuditLog.SYSTEM, AuditAction.ACCOUNT_LOCKED, "staff:" + member.username(),
                    failures + " failed sign-ins in a row; locked for " + settings.lockout().toMinutes() + " minutes");
            throw new LockedException(LOCKED);
        }
        throw new BadCredentialsException(FAILED);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
