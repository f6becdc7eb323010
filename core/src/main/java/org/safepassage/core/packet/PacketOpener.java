package org.safepassage.core.packet;

import org.safepassage.core.envelope.DeskFingerprint;
import org.safepassage.core.envelope.EnvelopeOpener;
import org.safepassage.core.envelope.EnvelopeOpeningException;

/**
 * Opens packets with the desk identity. Whether a packet was sealed for this deployment at all is
 * told before, by its fingerprint ({@link #requireForThisDesk}), where the whole recipient set is known.
 */
public final class PacketOpener {

    private final EnvelopeOpener opener;

    public PacketOpener(EnvelopeOpener opener) {
        this.opener = opener;
    }

    public PacketContents open(Packet packet) {
        try {
            return PacketContents.fromCompressed(opener.open(packet.sealed(), Packet.MAX_BYTES));
        } catch (IllegalArgumentException e) {
            throw new PacketException(PacketProblem.Kind.BAD_CONTENTS, packet.id(), e.getMessage());
        } catch (EnvelopeOpeningException e) {
            throw new PacketException(PacketProblem.Kind.UNOPENABLE, packet.id(), e.getMessage());
        }
    }

    /** Refuses a packet whose fingerprint names another organisation's key, saying whose. */
    public static void requireForThisDesk(Packet packet, DeskFingerprint desk) {
        if (!packet.isFor(desk)) {
            throw new PacketException(PacketProblem.Kind.FOREIGN, packet.id(),
                    DeskFingerprint.displayPacketBytes(packet.deskFingerprint()),
                    DeskFingerprint.displayPacketBytes(desk.packetBytes()));
        }
    }
}
