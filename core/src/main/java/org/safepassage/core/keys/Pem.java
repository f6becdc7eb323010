package org.safepassage.core.keys;

import java.util.Base64;

/** PEM text (RFC 7468), the form OpenSSL reads, for Ed25519 keys in PKCS#8 and X.509 encoding. */
public final class Pem {

    private Pem() {
    }

    public static String encode(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    public static byte[] decode(String label, String text) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("expected a PEM block labelled " + label);
        }
        return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    }
}
