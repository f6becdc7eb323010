package org.safepassage.core.packet;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.safepassage.core.digest.Sha256;
import org.safepassage.core.envelope.DeskFingerprint;
import org.safepassage.core.receipt.LookupKey;

/**
 * A registration sealed offline, as carried by relays. Binary layout, version 1:
 * <pre>
 *   1 byte   version (1)
 *   8 bytes  desk fingerprint ({@link DeskFingerprint#packetBytes()}) of the key(s) it is sealed to
 *  32 bytes  lookup key of the submitter's receipt ({@link LookupKey}), from which the intake makes the thread's tag
 *   rest     an age file (binary) sealed to the desk, holding {@link PacketContents}
 * </pre>
 * Nothing in clear names the person; the lookup key opens nothing without the receipt.
 */
public final class Packet {

    public static final int VERSION = 1;
    public static final int MAX_BYTES = 64 * 1024;
    static final byte[] AGE_MAGIC = "age-encryption.org/v1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = 1 + DeskFingerprint.PACKET_BYTES + LookupKey.BYTES;

    private final byte[] deskFingerprint;
    private final LookupKey lookupKey;
    private final byte[] sealed;
    private final byte[] bytes;

    public Packet(byte[] deskFingerprint, LookupKey lookupKey, byte[] sealed) {
        if (deskFingerprint.length != DeskFingerprint.PACKET_BYTES) {
            throw new IllegalArgumentException("a packet names its desk key with " + DeskFingerprint.PACKET_BYTES + " bytes");
        }
        this.deskFingerprint = deskFingerprint.clone();
        this.lookupKey = lookupKey;
        this.sealed = sealed.clone();
        ByteArrayOutputStream whole = new ByteArrayOutputStream(HEADER_BYTES + sealed.length);
        whole.write(VERSION);
        whole.writeBytes(deskFingerprint);
        whole.writeBytes(lookupKey.bytes());
        whole.writeBytes(sealed);
        this.bytes = whole.toByteArray();
    }

    /** Reads a whole packet, refusing anything that is not version 1 with an age file inside. */
    public static Packet fromBytes(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new PacketException(PacketProblem.Kind.TOO_LARGE, idOf(bytes), MAX_BYTES);
        }
        if (bytes.length < HEADER_BYTES + AGE_MAGIC.length || bytes[0] != VERSION) {
            throw new PacketException(PacketProblem.Kind.NOT_A_PACKET, idOf(bytes));
        }
        byte[] sealed = Arrays.copyOfRange(bytes, HEADER_BYTES, bytes.length);
        if (!Arrays.equals(sealed, 0, AGE_MAGIC.length, AGE_MAGIC, 0, AGE_MAGIC.length)) {
            throw new PacketException(PacketProblem.Kind.NOT_A_PACKET, idOf(bytes));
        }
        return new Packet(Arrays.copyOfRange(bytes, 1, 1 + DeskFingerprint.PACKET_BYTES),
                LookupKey.fromBytes(Arrays.copyOfRange(bytes, 1 + DeskFingerprint.PACKET_BYTES, HEADER_BYTES)), sealed);
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    /** Eight hex digits that name the packet on every part and check that the parts belong together. */
    public String id() {
        return idOf(bytes);
    }

    static String idOf(byte[] packetBytes) {
        return HexFormat.of().formatHex(Sha256.of(packetBytes), 0, 4);
    }

    /**
     * The envelope id under which intake and desk keep it: derived from the content, so the same
     * packet carried by two relays, or to both the intake and the desk, is stored once.
     */
    public String envelopeId() {
        return "p-" + HexFormat.of().formatHex(Sha256.of(bytes), 0, 16);
    }

    public byte[] deskFingerprint() {
        return deskFingerprint.clone();
    }

    public LookupKey lookupKey() {
        return lookupKey;
    }

    /** The age file inside, exactly as the desk opens it (and as the reference {@code age} tool does). */
    public byte[] sealed() {
        return sealed.clone();
    }

    public boolean isFor(DeskFingerprint desk) {
        return desk.matchesPacket(deskFingerprint);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Packet packet && Arrays.equals(bytes, packet.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Packet[" + id() + ", " + sealed.length + " sealed bytes]";
    }
}
