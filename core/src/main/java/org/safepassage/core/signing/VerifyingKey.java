package org.safepassage.core.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import org.safepassage.core.keys.Pem;
import org.safepassage.core.keys.SecretFiles;

/** The public half of an Ed25519 signing pair: checks a side's batches. */
public final class VerifyingKey {

    private static final String PEM_LABEL = "PUBLIC KEY";

    private final PublicKey key;

    VerifyingKey(PublicKey key) {
        this.key = key;
    }

    public static VerifyingKey parse(String pem) {
        try {
            return new VerifyingKey(KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Pem.decode(PEM_LABEL, pem))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage());
        }
    }

    public static VerifyingKey read(Path file) throws IOException {
        try {
            return parse(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage());
        }
    }

    public void write(Path file) throws IOException {
        SecretFiles.writePublicText(file, pem());
    }

    public String pem() {
        return Pem.encode(PEM_LABEL, key.getEncoded());
    }

    public boolean verifies(byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** First 80 bits of SHA-256 over the encoded key, for operators to compare. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerifyingKey verifying && MessageDigest.isEqual(key.getEncoded(), verifying.key.getEncoded());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key.getEncoded());
    }

    @Override
    public String toString() {
        return "VerifyingKey[" + fingerprint() + "]";
    }
}
