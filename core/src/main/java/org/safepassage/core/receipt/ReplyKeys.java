package org.safepassage.core.receipt;

import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.AgeRecipient;

/**
 * Replies to a submitter are sealed to an age identity that only the receipt can rebuild:
 * X25519 private key = HKDF-SHA256(ikm = receipt digits, salt = empty, info = {@value #INFO}).
 * The intake keeps only the matching recipient; the sealer page derives the same key in JavaScript.
 */
public final class ReplyKeys {

    public static final String INFO = "safepassage/reply-identity/v1";

    private ReplyKeys() {
    }

    public static AgeIdentity identity(Receipt receipt) {
        return AgeIdentity.fromPrivateKey(ReceiptKeys.derive(receipt, INFO));
    }

    public static AgeRecipient recipient(Receipt receipt) {
        return identity(receipt).recipient();
    }
}
