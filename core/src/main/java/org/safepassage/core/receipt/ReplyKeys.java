package org.safepassage.core.receipt;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.safepassage.core.envelope.AgeIdentity;
import org.safepassage.core.envelope.AgeRecipient;

/**
 * Replies to a submitter are sealed to an age identity that only the receipt can rebuild:
 * X25519 private key = HKDF-SHA256(ikm = receipt digits, salt = empty, info = {@value #INFO}).
 * The intake keeps only the matching recipient; the sealer page derives the same key in JavaScript.
 */
public final class ReplyKeys {

    public static final String INFO = "safepassage/reply-identity/v1";
    private static final int KEY_BYTES = 32;

    private ReplyKeys() {
    }

    public static AgeIdentity identity(Receipt receipt) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(receipt.canonicalBytes(), new byte[0], INFO.getBytes(StandardCharsets.US_ASCII)));
        byte[] scalar = new byte[KEY_BYTES];
        hkdf.generateBytes(scalar, 0, KEY_BYTES);
        return AgeIdentity.fromPrivateKey(scalar);
    }

    public static AgeRecipient recipient(Receipt receipt) {
        return identity(receipt).recipient();
    }
}
