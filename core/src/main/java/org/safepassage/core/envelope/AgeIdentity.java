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
 * An age identity (private key) in the text form the reference tools read and write: X25519
 * ({@code AGE-SECRET-KEY-1…}, a 32-byte scalar) or the hybrid post-quantum mlkem768x25519
 * ({@code AGE-SECRET-KEY-PQ-1…}, a 32-byte seed). Never printed: {@link #toString()} is redacted.
 */
public final class AgeIdentity {

    private static final String X25519_PART = "AGE-SECRET-KEY-";
    private static final String HYBRID_PART = "AGE-SECRET-KEY-PQ-";
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String encoded;
    private final RecipientKind kind;
    private final AgeRecipient recipient;

    private AgeIdentity(String encoded) {
        this.encoded = encoded;
        this.kind = encoded.startsWith(HYBRID_PART + "1") ? RecipientKind.MLKEM768_X25519 : RecipientKind.X25519;
        this.recipient = kind == RecipientKind.MLKEM768_X25519 ? deriveHybridRecipient(encoded) : deriveRecipient(encoded);
    }

    /** A new X25519 identity: 32 uniformly random bytes (RFC 7748 clamps them on use). */
    public static AgeIdentity generate() {
        byte[] scalar = new byte[KEY_BYTES];
        RANDOM.nextBytes(scalar);
        return fromPrivateKey(scalar);
    }

    /** A new hybrid post-quantum identity: a 32-byte random seed. */
    public static AgeIdentity generateHybrid() {
        byte[] seed = new byte[KEY_BYTES];
        RANDOM.nextBytes(seed);
        try {
            return fromHybridSeed(seed);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /** Builds the identity whose X25519 scalar is the given 32 bytes (age clamps it on use). */
    public static AgeIdentity fromPrivateKey(byte[] scalar) {
        if (scalar.length != KEY_BYTES) {
            throw new IllegalArgumentException("an X25519 private key has " + KEY_BYTES + " bytes");
        }
        return new AgeIdentity(Bech32.getEncoder().encode(X25519_PART, scalar).toString().toUpperCase(Locale.ROOT));
    }

    /** Builds the hybrid identity whose seed is the given 32 bytes. */
    public static AgeIdentity fromHybridSeed(byte[] seed) {
        if (seed.length != KEY_BYTES) {
            throw new IllegalArgumentException("an mlkem768x25519 seed has " + KEY_BYTES + " bytes");
        }
        return new AgeIdentity(LongBech32.encode(HYBRID_PART, seed).toUpperCase(Locale.ROOT));
    }

    public static AgeIdentity parse(String text) {
        String candidate = text == null ? "" : text.strip();
        if (!candidate.startsWith(X25519_PART + "1") && !candidate.startsWith(HYBRID_PART + "1")) {
            throw new IllegalArgumentException("not an age identity (AGE-SECRET-KEY-1… or AGE-SECRET-KEY-PQ-1…)");
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

    public RecipientKind kind() {
        return kind;
    }

    String encoded() {
        return encoded;
    }

    /** A copy of the 32-byte X25519 scalar or hybrid seed; the caller wipes it after use. */
    byte[] privateKey() {
        return kind == RecipientKind.MLKEM768_X25519 ? LongBech32.decode(encoded).data()
                : Bech32.getDecoder().decode(encoded.toLowerCase(Locale.ROOT)).getData();
    }

    private static AgeRecipient deriveRecipient(String encoded) {
        byte[] scalar;
        try {
            Bech32Address address = Bech32.getDecoder().decode(encoded.toLowerCase(Locale.ROOT));
            if (!"age-secret-key-".contentEquals(address.getHumanReadablePart())) {
                throw new IllegalArgumentException("not an age X25519 identity");
            }
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

    private static AgeRecipient deriveHybridRecipient(String encoded) {
        byte[] seed;
        try {
            LongBech32.Decoded decoded = LongBech32.decode(encoded);
            if (!decoded.humanReadablePart().equals(HYBRID_PART.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("not an age post-quantum identity");
            }
            seed = decoded.data();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a valid age identity: " + e.getMessage());
        }
        if (seed.length != KEY_BYTES) {
            throw new IllegalArgumentException("not a valid age identity: the seed has " + seed.length + " bytes");
        }
        try {
            return AgeRecipient.fromHybridPublicKey(MlKem768X25519.publicKey(seed));
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "AgeIdentity[" + recipient.value().substring(0, Math.min(40, recipient.value().length())) + "…]";
    }
}
