package org.safepassage.core.receipt;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/** Keys a receipt stands for: HKDF-SHA256(ikm = the 24 receipt digits, salt = empty, info = a purpose label). */
final class ReceiptKeys {

    static final int KEY_BYTES = 32;

    private ReceiptKeys() {
    }

    static byte[] derive(Receipt receipt, String info) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(receipt.canonicalBytes(), new byte[0], info.getBytes(StandardCharsets.US_ASCII)));
        byte[] key = new byte[KEY_BYTES];
        hkdf.generateBytes(key, 0, KEY_BYTES);
        return key;
    }
}
