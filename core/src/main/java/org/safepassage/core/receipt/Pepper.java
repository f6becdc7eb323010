package org.safepassage.core.receipt;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
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
