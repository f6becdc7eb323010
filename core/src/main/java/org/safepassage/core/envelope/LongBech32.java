package org.safepassage.core.envelope;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * Bech32 (BIP 173) without its 90-character limit, as age's post-quantum keys use it: a hybrid
 * recipient is 1,216 bytes, about 1,960 characters. The encoding and checksum are BIP 173's
 * exactly; only the length limit is lifted (the library the X25519 keys use keeps it).
 */
final class LongBech32 {

    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

    private LongBech32() {
    }

    /** A decoded string: its human-readable part in lower case, and its data bytes. */
    record Decoded(String humanReadablePart, byte[] data) {
    }

    /** Encodes in lower case (callers upper-case identities, as age writes them). */
    static String encode(String humanReadablePart, byte[] data) {
        String hrp = humanReadablePart.toLowerCase(Locale.ROOT);
        byte[] values = convertBits(data, 8, 5, true);
        byte[] checksum = checksum(hrp, values);
        StringBuilder out = new StringBuilder(hrp.length() + 1 + values.length + 6).append(hrp).append('1');
        for (byte value : values) {
            out.append(CHARSET.charAt(value));
        }
        for (byte value : checksum) {
            out.append(CHARSET.charAt(value));
        }
        return out.toString();
    }

    static Decoded decode(String text) {
        if (!text.equals(text.toLowerCase(Locale.ROOT)) && !text.equals(text.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("mixed case");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int separator = lower.lastIndexOf('1');
        if (separator < 1 || separator + 7 > lower.length()) {
            throw new IllegalArgumentException("no separator, or too short");
        }
        String hrp = lower.substring(0, separator);
        for (int i = 0; i < hrp.length(); i++) {
            char c = hrp.charAt(i);
            if (c < 33 || c > 126) {
                throw new IllegalArgumentException("invalid character in the human-readable part");
            }
        }
        byte[] values = new byte[lower.length() - separator - 1];
        for (int i = 0; i < values.length; i++) {
            int value = CHARSET.indexOf(lower.charAt(separator + 1 + i));
            if (value < 0) {
                throw new IllegalArgumentException("invalid character in the data part");
            }
            values[i] = (byte) value;
        }
        if (polymod(expand(hrp), values, new byte[0]) != 1) {
            throw new IllegalArgumentException("wrong checksum");
        }
        byte[] payload = java.util.Arrays.copyOf(values, values.length - 6);
        return new Decoded(hrp, convertBits(payload, 5, 8, false));
    }

    private static byte[] checksum(String hrp, byte[] values) {
        int mod = polymod(expand(hrp), values, new byte[6]) ^ 1;
        byte[] checksum = new byte[6];
        for (int i = 0; i < 6; i++) {
            checksum[i] = (byte) ((mod >>> (5 * (5 - i))) & 31);
        }
        return checksum;
    }

    private static byte[] expand(String hrp) {
        byte[] expanded = new byte[hrp.length() * 2 + 1];
        for (int i = 0; i < hrp.length(); i++) {
            expanded[i] = (byte) (hrp.charAt(i) >> 5);
            expanded[hrp.length() + 1 + i] = (byte) (hrp.charAt(i) & 31);
        }
        return expanded;
    }

    private static int polymod(byte[]... parts) {
        int chk = 1;
        for (byte[] part : parts) {
            for (byte value : part) {
                int top = chk >>> 25;
                chk = (chk & 0x1ffffff) << 5 ^ value;
                for (int i = 0; i < 5; i++) {
                    if ((top >>> i & 1) == 1) {
                        chk ^= GENERATOR[i];
                    }
                }
            }
        }
        return chk;
    }

    private static byte[] convertBits(byte[] data, int from, int to, boolean pad) {
        int accumulator = 0;
        int bits = 0;
        int max = (1 << to) - 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * from / to + 1);
        for (byte b : data) {
            int value = b & 0xff;
            if (value >>> from != 0) {
                throw new IllegalArgumentException("invalid data value");
            }
            accumulator = accumulator << from | value;
            bits += from;
            while (bits >= to) {
                bits -= to;
                out.write(accumulator >>> bits & max);
            }
        }
        if (pad) {
            if (bits > 0) {
                out.write(accumulator << (to - bits) & max);
            }
        } else if (bits >= from || (accumulator << (to - bits) & max) != 0) {
            throw new IllegalArgumentException("non-zero padding");
        }
        return out.toByteArray();
    }
}
