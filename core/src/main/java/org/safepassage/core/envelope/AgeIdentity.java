package org.safepassage.core.envelope;

import com.exceptionfactory.jagged.bech32.Bech32;
import com.exceptionfactory.jagged.x25519.X25519KeyFactory;
import com.exceptionfactory.jagged.x25519.X25519KeyPairGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.safepassage.core.keys.SecretFiles;

/**
 * An age X25519 identity (private key, {@code AGE-SECRET-KEY-1...}), in the text form the
 * reference {@code age} tool reads and writes. Never printed: {@link #toString()} is redacted.
 */
public final class AgeIdentity {

    private static final String HUMAN_READABLE_PART = "AGE-SECRET-KEY-";
    private static final int KEY_BYTES = 32;

    private final String encoded;
    private final AgeRecipient recipient;

    private AgeIdentity(String encoded) {
        this.encoded = encoded;
        this.recipient = deriveRecipient(encoded);
    }

    public static AgeIdentity generate() {
        try {
            return new AgeIdentity(new X25519KeyPairGenerator().generateKeyPair().getPrivate().toString());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 key generation is unavailable", e);
        }
    }

    /** Builds the identity whose X25519 scalar is the given 32 bytes (age clamps it on use). */
    public static AgeIdentity fromPrivateKey(byte[] scalar) {
        if (scalar.length != KEY_BYTES) {
            throw new IllegalArgumentException("an X25519 private key has " + KEY_BYTES + " bytes");
        }
        return new AgeIdentity(Bech32.getEncoder().encode(HUMAN_READABLE_PART, scalar).toString().toUpperCase(Locale.ROOT));
    }

    public static AgeIdentity parse(String text) {
        String candidate = text == null ? "" : text.strip();
        if (!candidate.startsWith(HUMAN_READABLE_PART + "1")) {
            throw new IllegalArgumentException("not an age identity (AGE-SECRET-KEY-1…)");
        }
        return new AgeIdentity(candidate);
    }

    /** Reads an identity file as written by {@code age-keygen} or {@code keygen}: comments, then the key. */
    public static AgeIdentity read(Path file) throws IOException {
        try {
            return parse(SecretFiles.readKeyLine(file, "age identity"));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " does not hold an age identity: " + e.getMessage());
        }
    }

    public void write(Path file) throws IOException {
        SecretFiles.writeText(file, "# SafePassage age identity\n# public key: " + recipient.value() + "\n" + encoded + "\n");
    }

    public AgeRecipient recipient() {
        return recipient;
    }

    String encoded() {
        return encoded;
    }

    private static AgeRecipient deriveRecipient(String encoded) {
        try {
            Key publicKey = new X25519KeyFactory().translateKey(
                    new SecretKeySpec(encoded.getBytes(StandardCharsets.US_ASCII), "X25519"));
            return new AgeRecipient(publicKey.toString());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a valid age identity", e);
        }
    }

    @Override
    public String toString() {
        return "AgeIdentity[" + recipient.value() + "]";
    }
}
