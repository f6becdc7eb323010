package org.safepassage.core.envelope;

import com.exceptionfactory.jagged.bech32.Bech32;
import java.nio.charset.StandardCharsets;
import org.safepassage.core.digest.Sha256;
import org.safepassage.core.text.HexGroups;

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
        return HexGroups.of(Sha256.of(value.getBytes(StandardCharsets.US_ASCII)), 10);
    }

    @Override
    public String toString() {
        return value;
    }
}
