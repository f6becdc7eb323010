package org.safepassage.desk.staff;

import java.util.List;
import java.util.Locale;
import org.safepassage.desk.audit.AuditAction;
import org.safepassage.desk.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs staff in with name, password (Argon2id) and, for supervisors and admins always, a TOTP
 * code. Every failure counts per name and source address ({@link SignInThrottle}); after
 * {@code maxFailedLogins} in a row sign-in for that name from that address pauses for
 * {@code lockout}. A failure, a pause and an unknown name get the same answer after the same work
 * (one password hash check), so neither the words nor the time tell which accounts exist.
 */
@Component
public class StaffAuthentication implements AuthenticationProvider {

    static final String FAILED = "Sign-in failed: the name, password or code is wrong. After repeated failures, "
            + "sign-in from this computer pauses for a while; ask an admin if it goes on.";

    private final StaffDirectory directory;
    private final PasswordEncoder passwords;
    private final TotpCodes totp;
    private final AuditLog audit;
    private final SignInThrottle throttle;
    private final UnknownNameAttempts unknownNames;
    private final String unknownUserHash;
    private final java.time.Clock clock;

    public StaffAuthentication(StaffDirectory directory, PasswordEncoder passwords, TotpCodes totp, AuditLog audit,
                               SignInThrottle throttle, UnknownNameAttempts unknownNames, java.time.Clock clock) {
        this.clock = clock;
        this.directory = directory;
        this.passwords = passwords;
        this.totp = totp;
        this.audit = audit;
        this.throttle = throttle;
        this.unknownNames = unknownNames;
        this.unknownUserHash = passwords.encode("no such user: the hash keeps the timing of a real check");
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = String.valueOf(attempt.getPrincipal()).strip().toLowerCase(Locale.ROOT);
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        LoginDetails details = attempt.getDetails() instanceof LoginDetails given ? given : null;
        String code = details == null ? null : details.code();
        String address = details == null || details.getRemoteAddress() == null ? "unknown" : details.getRemoteAddress();
        StaffMember member = directory.byUsername(username).filter(StaffMember::enabled).orElse(null);
        boolean paused = throttle.paused(username, address);
        // The same hash check on every path: the time taken says nothing about the account.
        boolean passwordOk = passwords.matches(password, member == null ? unknownUserHash : member.passwordHash());
        if (member == null) {
            throttle.failed(username, address);
            unknownNames.attempt(address).ifPresent(earlier -> audit.append(AuditLog.SYSTEM, AuditAction.LOGIN_FAILED,
                    "staff:?", "sign-in with an unknown name from " + address
                            + (earlier > 0 ? " (" + earlier + " more from there in the window before)" : "")));
            throw new BadCredentialsException(FAILED);
        }
        if (paused) {
            throw new BadCredentialsException(FAILED);
        }
        boolean codeNeeded = member.role().requiresSecondFactor() || member.hasSecondFactor();
        long step = codeNeeded && member.hasSecondFactor() ? totp.matchingStep(member.totpSecret(), code) : -1;
        boolean codeOk = !codeNeeded || step >= 0;
        if (!passwordOk || !codeOk) {
            fail(member, address, !passwordOk ? "wrong password" : "wrong or missing one-time code");
        }
        // Claimed in one conditional update, so that parallel sign-ins with one code cannot all pass.
        if (step >= 0 && !directory.claimTotpStep(member.id(), step)) {
            fail(member, address, "one-time code used before");
        }
        throttle.succeeded(username, address);
        audit.append(member.username(), AuditAction.LOGIN, "staff:" + member.username(),
                codeNeeded ? "signed in with password and one-time code" : "signed in with password");
        SignedInStaff principal = new SignedInStaff(member.id(), member.username(), member.role(), member.teamId(),
                member.teamName(), clock.instant());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(member.role().authority())));
    }

    private void fail(StaffMember member, String address, String why) {
        audit.append(member.username(), AuditAction.LOGIN_FAILED, "staff:" + member.username(), why + " from " + address);
        if (throttle.failed(member.username(), address)) {
            audit.append(AuditLog.SYSTEM, AuditAction.ACCOUNT_LOCKED, "staff:" + member.username(),
                    throttle.maxFailures() + " failed sign-ins in a row from " + address + "; sign-in from there paused for "
                            + throttle.pause().toMinutes() + " minutes");
        }
        throw new BadCredentialsException(FAILED);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
