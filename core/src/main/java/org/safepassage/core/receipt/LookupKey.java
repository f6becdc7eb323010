package org.safepassage.core.receipt;

import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The unpeppered half of a lookup tag: HKDF-SHA256(receipt, info = {@value #INFO}). Anyone holding
 * the receipt can compute it, so the offline sealer puts it in clear on a packet and the intake
 * finishes the tag with its pepper. It opens nothing: reading replies needs the receipt itself.
 */
public final class LookupKey {

    public static final String INFO = "safepassage/lookup-key/v1";
    public static final int BYTES = ReceiptKeys.KEY_BYTES;

    private final byte[] bytes;

    private LookupKey(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public static LookupKey of(Receipt receipt) {
        return new LookupKey(ReceiptKeys.derive(receipt, INFO));
    }

    public static LookupKey fromBytes(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a lookup key has " + BYTES + " bytes, not " + bytes.length);
        }
        return new LookupKey(bytes);
    }

    public static LookupKey fromHex(String hex) {
        if (hex == null || !hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a lookup key is 64 lower-case hex digits");
        }
        return new LookupKey(HexFormat.of().parseHex(hex));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LookupKey key && MessageDigest.isEqual(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "LookupKey[redacted]";
    }
}
