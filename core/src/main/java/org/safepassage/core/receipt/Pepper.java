package org.safepassage.core.receipt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.safepassage.core.keys.SecretFiles;

/**
 * The deployment's secret HMAC key for lookup tags. Without it a seized database of tags
 * cannot be tested against guessed receipts; every intake node of one deployment shares it.
 */
public final class Pepper {

    public static final int BYTES = 32;

    private final byte[] key;

    private Pepper(byte[] key) {
        this.key = key.clone();
    }

    public static Pepper generate(SecureRandom random) {
        byte[] key = new byte[BYTES];
        random.nextBytes(key);
        return new Pepper(key);
    }

    public static Pepper of(byte[] key) {
        if (key.length != BYTES) {
            throw new IllegalArgumentException("a pepper has " + BYTES + " bytes, not " + key.length);
        }
        return new Pepper(key);
    }

    public static Pepper read(Path file) throws IOException {
        return of(SecretFiles.readBase64(file, "pepper"));
    }

    public void write(Path file) throws IOException {
        SecretFiles.writeBase64(file, key);
    }

    byte[] key() {
        return key.clone();
    }

    /**
     * {@code length} bytes of HKDF-SHA256 with the pepper as salt: key material that every node of
     * the deployment derives alike from {@code input} (empty for a deployment-wide key), and that
     * nobody derives without the pepper, whatever else they hold.
     */
    public byte[] derive(byte[] input, String purpose, int length) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(input, key, purpose.getBytes(StandardCharsets.US_ASCII)));
        byte[] out = new byte[length];
        hkdf.generateBytes(out, 0, length);
        return out;
    }

    /**
     * A value that tells two peppers apart without revealing either: HMAC-SHA256 of a fixed label
     * under the pepper. Nodes of one deployment compare it through their shared database.
     */
    public String checkValue() {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(
                    "safepassage intake pepper check v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "Pepper[redacted]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pepper pepper && Arrays.equals(key, pepper.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }
}
