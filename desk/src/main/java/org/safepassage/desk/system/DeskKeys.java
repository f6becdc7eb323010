package org.safepassage.desk.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.EnvelopeOpener;
import org.safepassage.core.envelope.ProtectedIdentityFile;
import org.safepassage.core.signing.SigningKey;
import org.safepassage.core.signing.VerifyingKey;
import org.safepassage.desk.DeskSettings;
import org.springframework.stereotype.Component;

/**
 * The desk's keys: the age identity that opens envelopes (unlocked once, at start), the intake's
 * public key that every imported batch must be signed with, and the desk's own signing key.
 * Commands that need none of them (creating a user, checking the audit log) start without them;
 * asking for a key that was not configured is then a clear error.
 */
@Component
public class DeskKeys {

    public static final String SIGNING_KEY_FILE = "desk-sign.key";

    private final AgeIdentity identity;
    private final List<AgeIdentity> retired;
    private final VerifyingKey intakeKey;
    private final SigningKey signingKey;

    public DeskKeys(DeskSettings settings) {
        try {
            char[] passphrase = settings.passphrase() == null ? null : settings.passphrase().toCharArray();
            this.identity = settings.identity() == null ? null : ProtectedIdentityFile.read(settings.identity(), passphrase);
            List<AgeIdentity> earlier = new ArrayList<>();
            for (Path file : settings.retiredIdentities()) {
                earlier.add(ProtectedIdentityFile.read(file, passphrase));
            }
            this.retired = List.copyOf(earlier);
            this.intakeKey = settings.intakeSigningKey() == null ? null : VerifyingKey.read(settings.intakeSigningKey());
            Path signing = settings.deskSigningKey() != null ? settings.deskSigningKey()
                    : settings.dataDir() == null ? null : settings.dataDir().resolve(SIGNING_KEY_FILE);
            this.signingKey = signing == null || !Files.exists(signing) ? null : SigningKey.read(signing,
                    signing.resolveSibling(signing.getFileName().toString().replaceFirst("\\.key$", "") + ".pub"));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    public AgeIdentity identity() {
        if (identity == null) {
            throw new IllegalStateException("no desk identity configured: give --identity FILE");
        }
        return identity;
    }

    /** Opens what was sealed to the current identity or to any retired one. */
    public EnvelopeOpener opener() {
        List<AgeIdentity> all = new ArrayList<>();
        all.add(identity());
        all.addAll(retired);
        return new EnvelopeOpener(all);
    }

    /** Identities kept only for what was sealed before a rotation. */
    public List<AgeIdentity> retired() {
        return retired;
    }

    public VerifyingKey intakeKey() {
        if (intakeKey == null) {
            throw new IllegalStateException("no intake signing key configured: give --intake-signing-key FILE");
        }
        return intakeKey;
    }

    public SigningKey signingKey() {
        if (signingKey == null) {
            throw new IllegalStateException("no desk signing key: give --desk-signing-key FILE (desk-sign.key from "
                    + "./run keygen, with desk-sign.pub beside it)");
        }
        return signingKey;
    }
}
