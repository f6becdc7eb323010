package org.safepassage.core.digest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, which every JDK has: the one place that says so. */
public final class Sha256 {

    private Sha256() {
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    public static byte[] of(byte[] content) {
        return newDigest().digest(content);
    }

    /** Lower-case hex, as {@code sha256sum} prints it. */
    public static String hex(byte[] content) {
        return HexFormat.of().formatHex(of(content));
    }
}
