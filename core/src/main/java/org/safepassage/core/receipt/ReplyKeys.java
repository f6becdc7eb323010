package org.safepassage.core.receipt;

import java.util.Arrays;
import java.util.List;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.AgeRecipient;

/**
 * Replies to a submitter are sealed to an age identity that only the receipt can rebuild: a hybrid
 * post-quantum (mlkem768x25519) identity whose seed is HKDF-SHA256(ikm = receipt digits, salt =
 * empty, info = {@value #INFO}). The intake keeps only the matching recipient; the sealer page
 * derives the same key in JavaScript. Threads opened before the hybrid key keep their X25519 reply
 * key (info {@value #LEGACY_INFO}), which the receipt also rebuilds.
 */
public final class ReplyKeys {

    public static final String INFO = "safepassage/reply-identity/v2-mlkem768x25519";
    public static final String LEGACY_INFO = "safepassage/reply-identity/v1";

    private ReplyKeys() {
    }

    /** The identity new threads' replies are sealed to. */
    public static AgeIdentity identity(Receipt receipt) {
        byte[] seed = ReceiptKeys.derive(receipt, INFO);
        try {
            return AgeIdentity.fromHybridSeed(seed);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    public static AgeRecipient recipient(Receipt receipt) {
        return identity(receipt).recipient();
    }

    /** Every identity a receipt's replies may be sealed to: the hybrid one, then the X25519 one of older threads. */
    public static List<AgeIdentity> identities(Receipt receipt) {
        byte[] scalar = ReceiptKeys.derive(receipt, LEGACY_INFO);
        try {
            return List.of(identity(receipt), AgeIdentity.fromPrivateKey(scalar));
        } finally {
            Arrays.fill(scalar, (byte) 0);
        }
    }
}
