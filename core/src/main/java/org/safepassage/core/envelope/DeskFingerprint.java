package org.safepassage.core.envelope;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.safepassage.core.digest.Sha256;
import org.safepassage.core.text.HexGroups;

/**
 * Names the desk key(s) a deployment seals to: SHA-256 over the recipients, sorted and joined by
 * new lines. A person compares its first 80 bits (five groups of four hex digits; for one recipient
 * the same as {@link AgeRecipient#fingerprint()}); a packet carries its first 64 bits so a packet
 * sealed for another organisation's key is refused before anything is stored.
 */
public final class DeskFingerprint {

    public static final int PACKET_BYTES = 8;

    private final byte[] digest;

    private DeskFingerprint(byte[] digest) {
        this.digest = digest;
    }

    public static DeskFingerprint of(List<AgeRecipient> recipients) {
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a desk fingerprint needs at least one recipient");
        }
        String joined = String.join("\n", recipients.stream().map(AgeRecipient::value).sorted().toList());
        return new DeskFingerprint(Sha256.of(joined.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The 8 bytes a packet carries in clear. */
    public byte[] packetBytes() {
        return Arrays.copyOf(digest, PACKET_BYTES);
    }

    public boolean matchesPacket(byte[] packetBytes) {
        return MessageDigest.isEqual(packetBytes(), packetBytes);
    }

    /** What people compare: five groups of four upper-case hex digits. */
    public String display() {
        return HexGroups.of(digest, 10);
    }

    /** How a packet's 8 bytes are shown when they name another key: four groups of four. */
    public static String displayPacketBytes(byte[] packetBytes) {
        return HexGroups.of(packetBytes, PACKET_BYTES);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeskFingerprint fingerprint && Arrays.equals(digest, fingerprint.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return display();
    }
}
