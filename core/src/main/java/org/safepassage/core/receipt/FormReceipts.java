package org.safepassage.core.receipt;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The receipts of one filled-in form, decided before anything is written: HKDF-SHA256 with the
 * deployment's pepper as key material, the form's one-time key as salt (the intake makes it of the
 * token the page carries and a secret kept in the submitter's session on the server) and the
 * receipt's purpose as info, read as 24 decimal digits (bytes of 250 and above are skipped, so every
 * digit is equally likely). A form sent again in its session — a retry after a timeout, a double
 * click — gives the same receipts, so the intake finds the thread it already stored instead of
 * storing a second registration, and shows the receipt again. Neither the pepper nor the page alone
 * derives anything.
 */
public final class FormReceipts {

    private static final int STREAM_BYTES = 96;

    private FormReceipts() {
    }

    /** The form's own receipt. */
    public static Receipt real(Pepper pepper, String formKey) {
        return derive(pepper, formKey, "safepassage form receipt v1: real");
    }

    /** The second receipt, to give up under pressure, when the form asked for one. */
    public static Receipt duress(Pepper pepper, String formKey) {
        return derive(pepper, formKey, "safepassage form receipt v1: duress");
    }

    private static Receipt derive(Pepper pepper, String formKey, String purpose) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(pepper.key(), formKey.getBytes(StandardCharsets.US_ASCII),
                purpose.getBytes(StandardCharsets.US_ASCII)));
        byte[] stream = new byte[STREAM_BYTES];
        hkdf.generateBytes(stream, 0, stream.length);
        StringBuilder digits = new StringBuilder(Receipt.DIGITS);
        for (int i = 0; i < stream.length && digits.length() < Receipt.DIGITS; i++) {
            int value = stream[i] & 0xff;
            if (value < 250) {
                digits.append((char) ('0' + value % 10));
            }
        }
        if (digits.length() < Receipt.DIGITS) {
            // 96 bytes give fewer than 24 usable ones with a probability below 10^-60
            throw new IllegalStateException("not enough key stream for a receipt");
        }
        return Receipt.parse(digits);
    }
}
