package org.safepassage.desk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator's choices for the desk, bound from {@code safepassage.desk.*}.
 *
 * @param dataDir          where the H2 database and the desk's signing key live
 * @param identity         the desk age identity: a plain age identity file, or one protected by a passphrase
 * @param passphrase       the identity's passphrase when protected (set by the launcher, never logged)
 * @param intakeSigningKey the intake's Ed25519 public key; only batches it signed are imported
 * @param deskSigningKey   the desk's Ed25519 private key for reply batches (default: desk-sign.key in the data folder)
 * @param triageTeam       the team whose members see new registrations first
 * @param secureCookie     mark the session cookie Secure (when served over TLS)
 * @param maxFailedLogins  failed sign-ins in a row before an account is locked
 * @param lockout          how long a locked account stays locked
 * @param weights          a weights file as {@code vet --weights} reads it (signals and the linkage model); null: the defaults
 */
@ConfigurationProperties("safepassage.desk")
public record DeskSettings(
        Path dataDir,
        Path identity,
        @DefaultValue List<Path> retiredIdentities,
        String passphrase,
        Path intakeSigningKey,
        Path deskSigningKey,
        @DefaultValue("triage") String triageTeam,
        @DefaultValue("false") boolean secureCookie,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        Path weights) {

    @Override
    public String toString() {
        return "DeskSettings[dataDir=" + dataDir + ", identity=" + identity + ", triageTeam=" + triageTeam + "]";
    }
}
