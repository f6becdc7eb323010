package org.safepassage.intake.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.safepassage.core.envelope.AgeRecipient;
import org.safepassage.core.envelope.DeskFingerprint;
import org.safepassage.core.envelope.EnvelopeSealer;
import org.safepassage.core.envelope.RecipientKind;
import org.safepassage.core.keys.SecretFiles;
import org.safepassage.core.receipt.Pepper;
import org.safepassage.core.signing.SigningKey;
import org.safepassage.core.signing.VerifyingKey;
import org.safepassage.intake.IntakeSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The intake's key material: the desk recipients it seals to, its pepper and batch signing key
 * (made on first start in the data folder), and the desk's key that reply batches must carry.
 */
@Component
public class IntakeKeys {

    public static final String PEPPER_FILE = "pepper";
    public static final String SIGNING_KEY_FILE = "intake-sign.key";
    public static final String SIGNING_PUBLIC_FILE = "intake-sign.pub";

    private static final Logger log = LoggerFactory.getLogger(IntakeKeys.class);

    private final List<AgeRecipient> recipients;
    private final EnvelopeSealer sealer;
    private final DeskFingerprint deskFingerprint;
    private final Pepper pepper;
    private final SigningKey signingKey;
    private final Optional<VerifyingKey> deskKey;

    public IntakeKeys(IntakeSettings settings, SecureRandom random) {
        try {
            Path data = settings.dataDir();
            SecretFiles.createPrivateDirectory(data);
            this.recipients = settings.recipients().stream().map(AgeRecipient::new).toList();
            // refuses a mix of post-quantum and classical recipients, with why
            this.sealer = recipients.isEmpty() ? null : new EnvelopeSealer(recipients);
            if (!recipients.isEmpty()) {
                if (recipients.get(0).kind() == RecipientKind.X25519) {
                    log.warn("The desk recipients are classical X25519 keys (age1…): what is sealed today can be opened by "
                            + "whoever stores it until a quantum computer breaks X25519. Move the desk to a post-quantum "
                            + "identity (./run desk rotate-identity, then --recipient age1pq1…).");
                }
            }
            this.deskFingerprint = recipients.isEmpty() ? null : DeskFingerprint.of(recipients);
            this.pepper = loadOrCreatePepper(data.resolve(PEPPER_FILE), random);
            this.signingKey = loadOrCreateSigningKey(data.resolve(SIGNING_KEY_FILE), data.resolve(SIGNING_PUBLIC_FILE));
            this.deskKey = settings.deskSigningKey() == null ? Optional.empty()
                    : Optional.of(VerifyingKey.read(settings.deskSigningKey()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the intake's keys: " + e.getMessage(), e);
        }
    }

    private static Pepper loadOrCreatePepper(Path file, SecureRandom random) throws IOException {
        if (Files.exists(file)) {
            return Pepper.read(file);
        }
        Pepper pepper = Pepper.generate(random);
        pepper.write(file);
        log.info("Created a new pepper in {}; every intake node of this deployment needs the same file", file);
        return pepper;
    }

    private static SigningKey loadOrCreateSigningKey(Path privateFile, Path publicFile) throws IOException {
        if (Files.exists(privateFile)) {
            return SigningKey.read(privateFile, publicFile);
        }
        SigningKey key = SigningKey.generate();
        key.write(privateFile, publicFile);
        log.info("Created the intake signing key; give {} to the desk", publicFile);
        return key;
    }

    /** The sealer for new envelopes; refuses to work without a desk recipient rather than store anything unsealed. */
    public EnvelopeSealer sealer() {
        if (recipients.isEmpty()) {
            throw new IllegalStateException("no desk recipient configured: start the intake with --recipient age1…");
        }
        return sealer;
    }

    public List<AgeRecipient> recipients() {
        return recipients;
    }

    /** The fingerprint of the desk recipients, as packets carry it and pages show it; empty without recipients. */
    public Optional<DeskFingerprint> deskFingerprint() {
        return Optional.ofNullable(deskFingerprint);
    }

    public Pepper pepper() {
        return pepper;
    }

    public SigningKey signingKey() {
        return signingKey;
    }

    public Optional<VerifyingKey> deskKey() {
        return deskKey;
    }
}
