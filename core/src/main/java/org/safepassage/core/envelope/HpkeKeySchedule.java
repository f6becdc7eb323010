package org.safepassage.core.envelope;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The HPKE (RFC 9180) key schedule in base mode with HKDF-SHA256 and ChaCha20-Poly1305, for a KEM
 * whose shared secret is given: the AEAD key and base nonce that age's {@code mlkem768x25519}
 * stanza uses (KEM id 0x647a, info = the stanza's label). Labeled Extract and Expand as RFC 9180
 * section 4 defines them, on Bouncy Castle's HKDF.
 */
final class HpkeKeySchedule {

    private static final int KDF_HKDF_SHA256 = 0x0001;
    private static final int AEAD_CHACHA20_POLY1305 = 0x0003;
    private static final byte[] VERSION = "HPKE-v1".getBytes(StandardCharsets.US_ASCII);

    private HpkeKeySchedule() {
    }

    /** The AEAD key (32 bytes) and base nonce (12 bytes) of a base-mode context. */
    record KeyAndNonce(byte[] key, byte[] nonce) {
        void wipe() {
            Arrays.fill(key, (byte) 0);
        }
    }

    static KeyAndNonce baseMode(int kemId, byte[] sharedSecret, byte[] info) {
        byte[] suite = suiteId(kemId);
        byte[] pskIdHash = labeledExtract(suite, new byte[0], "psk_id_hash", new byte[0]);
        byte[] infoHash = labeledExtract(suite, new byte[0], "info_hash", info);
        byte[] context = new byte[1 + pskIdHash.length + infoHash.length];
        context[0] = 0x00; // mode_base
        System.arraycopy(pskIdHash, 0, context, 1, pskIdHash.length);
        System.arraycopy(infoHash, 0, context, 1 + pskIdHash.length, infoHash.length);
        byte[] secret = labeledExtract(suite, sharedSecret, "secret", new byte[0]);
        try {
            return new KeyAndNonce(labeledExpand(suite, secret, "key", context, 32),
                    labeledExpand(suite, secret, "base_nonce", context, 12));
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static byte[] suiteId(int kemId) {
        return new byte[] {'H', 'P', 'K', 'E', (byte) (kemId >> 8), (byte) kemId, (byte) (KDF_HKDF_SHA256 >> 8),
                (byte) KDF_HKDF_SHA256, (byte) (AEAD_CHACHA20_POLY1305 >> 8), (byte) AEAD_CHACHA20_POLY1305};
    }

    private static byte[] labeledExtract(byte[] suite, byte[] salt, String label, byte[] ikm) {
        byte[] labeledIkm = concat(VERSION, suite, label.getBytes(StandardCharsets.US_ASCII), ikm);
        // An empty salt is HashLen zero bytes (RFC 5869), which HMAC treats as the same key.
        return new HKDFBytesGenerator(new SHA256Digest()).extractPRK(salt.length == 0 ? new byte[32] : salt, labeledIkm);
    }

    private static byte[] labeledExpand(byte[] suite, byte[] prk, String label, byte[] info, int length) {
        byte[] labeledInfo = concat(new byte[] {(byte) (length >> 8), (byte) length}, VERSION, suite,
                label.getBytes(StandardCharsets.US_ASCII), info);
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(HKDFParameters.skipExtractParameters(prk, labeledInfo));
        byte[] out = new byte[length];
        hkdf.generateBytes(out, 0, length);
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }
}
