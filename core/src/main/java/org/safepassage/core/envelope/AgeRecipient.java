package org.safepassage.core.envelope;

import com.exceptionfactory.jagged.bech32.Bech32;
import java.nio.charset.StandardCharsets;
import org.safepassage.core.digest.Sha256;
import org.safepassage.core.text.HexGroups;

/**
 * An age recipient (public key) envelopes are sealed to: X25519 ({@code age1…}) or the hybrid
 * post-quantum {@code mlkem768x25519} ({@code age1pq1…}), in the text form the reference tools use.
 */
public final class AgeRecipient {

    private static final String X25519_PART = "age";
    private static final String HYBRID_PART = "age1pq";
    private static final int X25519_KEY_BYTES = 32;

    private final String value;
    /** Decoded once: a hybrid key's text is about 1,960 characters, and every envelope sealed to it needs the bytes. */
    private final byte[] publicKey;

    public AgeRecipient(String value) {
        if (value == null) {
            throw new IllegalArgumentException("an age recipient is required");
        }
        this.value = value.strip();
        this.publicKey = publicKeyOf(this.value);
    }

    private AgeRecipient(String value, byte[] publicKey) {
        this.value = value;
        this.publicKey = publicKey.clone();
    }

    public static AgeRecipient fromPublicKey(byte[] publicKey) {
        return new AgeRecipient(Bech32.getEncoder().encode(X25519_PART, publicKey).toString());
    }

    static AgeRecipient fromHybridPublicKey(byte[] publicKey) {
        if (publicKey.length != MlKem768X25519.PUBLIC_KEY_BYTES) {
            throw new IllegalArgumentException("an mlkem768x25519 public key has " + MlKem768X25519.PUBLIC_KEY_BYTES + " bytes");
        }
        return new AgeRecipient(LongBech32.encode(HYBRID_PART, publicKey), publicKey);
    }

    /** The recipient as text: {@code age1…} or {@code age1pq1…}. */
    public String value() {
        return value;
    }

    public RecipientKind kind() {
        return value.startsWith(HYBRID_PART + "1") ? RecipientKind.MLKEM768_X25519 : RecipientKind.X25519;
    }

    /** The raw public key: 32 bytes for X25519, 1,216 for the hybrid recipient. */
    byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgeRecipient that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    private static byte[] publicKeyOf(String value) {
        if (value.startsWith(HYBRID_PART + "1")) {
            try {
                LongBech32.Decoded decoded = LongBech32.decode(value);
                if (!decoded.humanReadablePart().equals(HYBRID_PART) || !value.equals(value.toLowerCase(java.util.Locale.ROOT))
                        || decoded.data().length != MlKem768X25519.PUBLIC_KEY_BYTES) {
                    throw new IllegalArgumentException("wrong part or length");
                }
                return decoded.data();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not an age post-quantum recipient (age1pq1…): " + e.getMessage());
            }
        }
        try {
            var address = Bech32.getDecoder().decode(value);
            if (!X25519_PART.contentEquals(address.getHumanReadablePart()) || address.getData().length != X25519_KEY_BYTES) {
                throw new IllegalArgumentException("not an age X25519 recipient (age1…)");
            }
            return address.getData();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an age recipient (age1… or age1pq1…): " + e.getMessage());
        }
    }

    /**
     * A short fingerprint a person can compare aloud or on screen: the first 80 bits of
     * SHA-256 over the recipient text, as five groups of four hex digits.
     */
    public String fingerprint() {
        return HexGroups.of(Sha256.of(value.getBytes(StandardCharsets.US_ASCII)), 10);
    }

    @Override
    public String toString() {
        return value;
    }
}
