package org.safepassage.core.envelope;

import com.exceptionfactory.jagged.bech32.Bech32;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An age X25519 recipient (public key), e.g. {@code age1...}; envelopes are sealed to it. */
public record AgeRecipient(String value) {

    private static final String HUMAN_READABLE_PART = "age";
    private static final int KEY_BYTES = 32;

    public AgeRecipient {
        if (value == null) {
            throw new IllegalArgumentException("an age recipient is required");
        }
        value = value.strip();
        try {
            var address = Bech32.getDecoder().decode(value);
            if (!HUMAN_READABLE_PART.contentEquals(address.getHumanReadablePart()) || address.getData().length != KEY_BYTES) {
                throw new IllegalArgumentException("not an age X25519 recipient (age1…)");
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an age X25519 recipient (age1…): " + e.getMessage());
        }
    }

    public static AgeRecipient fromPublicKey(byte[] publicKey) {
        return new AgeRecipient(Bech32.getEncoder().encode(HUMAN_READABLE_PART, publicKey).toString());
    }

    /**
     * A short fingerprint a person can compare aloud or on screen: the first 80 bits of
     * SHA-256 over the recipient text, as five groups of four hex digits.
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            String hex = HexFormat.of().formatHex(digest, 0, 10).toUpperCase();
            return String.join(" ", hex.substring(0, 4), hex.substring(4, 8), hex.substring(8, 12),
                    hex.substring(12, 16), hex.substring(16, 20));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
