package org.safepassage.core.envelope;

import com.exceptionfactory.jagged.bech32.Bech32;
import com.exceptionfactory.jagged.bech32.Bech32Address;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.safepassage.core.keys.SecretFiles;

/**
 * An age X25519 identity (private key, {@code AGE-SECRET-KEY-1...}), in the text form the
 * reference {@code age} tool reads and writes. Never printed: {@link #toString()} is redacted.
 */
public final class AgeIdentity {

    private static final String HUMAN_READABLE_PART = "AGE-SECRET-KEY-";
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String encoded;
    private final AgeRecipient recipient;

    private AgeIdentity(String encoded) {
        this.encoded = encoded;
        this.recipient = deriveRecipient(encoded);
    }

    /** A new identity: an X25519 private key is 32 uniformly random bytes (RFC 7748 clamps them on use). */
    public static AgeIdentity generate() {
        byte[] scalar = new byte[KEY_BYTES];
        RANDOM.nextBytes(scalar);
        return fromPrivateKey(scalar);
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

    /** A copy of the 32-byte X25519 scalar; the caller wipes it after use. */
    byte[] privateKey() {
        return Bech32.getDecoder().decode(encoded.toLowerCase(Locale.ROOT)).getData();
    }

    private static AgeRecipient deriveRecipient(String encoded) {
        byte[] scalar;
        try {
            Bech32Address address = Bech32.getDecoder().decode(encoded.toLowerCase(Locale.ROOT));
            scalar = address.getData();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a valid age identity: " + e.getMessage());
        }
        if (scalar.length != KEY_BYTES) {
            throw new IllegalArgumentException("not a valid age identity: the key has " + scalar.length + " bytes");
        }
        byte[] publicKey = new byte[X25519.POINT_SIZE];
        X25519.generatePublicKey(scalar, 0, publicKey, 0);
        Arrays.fill(scalar, (byte) 0);
        return AgeRecipient.fromPublicKey(publicKey);
    }

    @Override
    public String toString() {
        return "AgeIdentity[" + recipient.value() + "]";
    }
}
