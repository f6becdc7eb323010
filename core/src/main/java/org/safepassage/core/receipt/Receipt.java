package org.safepassage.core.receipt;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.safepassage.core.text.Digits;

/**
 * The submitter's only credential: 24 random decimal digits (about 80 bits).
 * Digits because they can be typed on every Persian keyboard; shown as six groups of four.
 * {@link #toString()} never reveals the digits, so a receipt cannot leak through a log line.
 */
public final class Receipt {

    public static final int DIGITS = 24;
    private static final int GROUP = 4;

    private final String digits;

    private Receipt(String digits) {
        this.digits = digits;
    }

    public static Receipt generate(SecureRandom random) {
        StringBuilder digits = new StringBuilder(DIGITS);
        for (int i = 0; i < DIGITS; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return new Receipt(digits.toString());
    }

    /**
     * Reads a receipt as a person types it: ASCII, Persian (۰–۹) or Arabic-Indic (٠–٩) digits,
     * with any spaces, dashes or invisible joiners between them.
     */
    public static Receipt parse(CharSequence typed) {
        if (typed == null) {
            throw new InvalidReceiptException("no receipt given");
        }
        StringBuilder digits = new StringBuilder(DIGITS);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            int value = Digits.valueOf(c);
            if (value >= 0) {
                if (digits.length() == DIGITS) {
                    throw new InvalidReceiptException("a receipt has exactly " + DIGITS + " digits; more were given");
                }
                digits.append((char) ('0' + value));
            } else if (!isSeparator(c)) {
                throw new InvalidReceiptException("a receipt holds only digits, spaces and dashes");
            }
        }
        if (digits.length() != DIGITS) {
            throw new InvalidReceiptException("a receipt has exactly " + DIGITS + " digits; " + digits.length() + " were given");
        }
        return new Receipt(digits.toString());
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '\u2010' || c == '\u2011'
                || c == '\u2012' || c == '\u2013' || c == '\u2212' || c == '\u200C' || c == '\u200D'
                || c == '\u200E' || c == '\u200F' || c == '\u00AD';
    }

    /** Six groups of four ASCII digits separated by spaces, left to right in any script direction. */
    public String display() {
        StringBuilder shown = new StringBuilder(DIGITS + DIGITS / GROUP);
        for (int i = 0; i < DIGITS; i += GROUP) {
            if (i > 0) {
                shown.append(' ');
            }
            shown.append(digits, i, i + GROUP);
        }
        return shown.toString();
    }

    /** The canonical form fed to the key derivations: the 24 ASCII digits, no separators. */
    public byte[] canonicalBytes() {
        return digits.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Receipt receipt && java.security.MessageDigest.isEqual(
                canonicalBytes(), receipt.canonicalBytes());
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "Receipt[redacted]";
    }
}
