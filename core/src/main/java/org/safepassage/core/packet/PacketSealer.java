package org.safepassage.core.packet;

import java.util.List;
import org.safepassage.core.envelope.AgeRecipient;
import org.safepassage.core.envelope.DeskFingerprint;
import org.safepassage.core.envelope.EnvelopeSealer;
import org.safepassage.core.padding.Padding;
import org.safepassage.core.receipt.LookupKey;
import org.safepassage.core.receipt.Receipt;
import org.safepassage.core.receipt.ReplyKeys;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seals a registration into a packet, as the offline sealer page does in the browser: the reply
 * recipient and the lookup key come from the receipt, the contents are compressed and sealed to the
 * desk key(s). The Java twin exists for tests, tools and cross-checks against the page.
 */
public final class PacketSealer {

    private final EnvelopeSealer sealer;
    private final DeskFingerprint fingerprint;

    public PacketSealer(List<AgeRecipient> desk) {
        this.sealer = new EnvelopeSealer(desk);
        this.fingerprint = DeskFingerprint.of(desk);
    }

    /** {@code registration}: a registration record without id; the receiving side gives it one. */
    public Packet seal(Receipt receipt, ObjectNode registration) {
        PacketContents contents = PacketContents.of(ReplyKeys.recipient(receipt), registration);
        return new Packet(fingerprint.packetBytes(), LookupKey.of(receipt), sealer.seal(Padding.packetContents(contents.compressed())));
    }
}
