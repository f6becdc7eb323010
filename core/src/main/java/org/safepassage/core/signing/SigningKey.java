package org.safepassage.core.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import org.safepassage.core.keys.Pem;
import org.safepassage.core.keys.SecretFiles;

/** An Ed25519 signing key (JDK built-in) with its public half; signs a side's batches. */
public final class SigningKey {

    private static final String PEM_LABEL = "PRIVATE KEY";

    private final PrivateKey privateKey;
    private final VerifyingKey verifyingKey;

    private SigningKey(PrivateKey privateKey, VerifyingKey verifyingKey) {
        this.privateKey = privateKey;
        this.verifyingKey = verifyingKey;
    }

    public static SigningKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new SigningKey(pair.getPrivate(), new VerifyingKey(pair.getPublic()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is missing from this JDK", e);
        }
    }

    /** Reads the private key file and its public half from {@code <same name>.pub} beside it. */
    public static SigningKey read(Path privateKeyFile, Path publicKeyFile) throws IOException {
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(
                    Pem.decode(PEM_LABEL, Files.readString(privateKeyFile, StandardCharsets.US_ASCII))));
            VerifyingKey verifying = VerifyingKey.read(publicKeyFile);
            SigningKey signing = new SigningKey(key, verifying);
            byte[] probe = "safepassage key pair check".getBytes(StandardCharsets.US_ASCII);
            if (!verifying.verifies(probe, signing.sign(probe))) {
                throw new IOException(publicKeyFile + " is not the public half of " + privateKeyFile);
            }
            return signing;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(privateKeyFile + " does not hold an Ed25519 private key: " + e.getMessage());
        }
    }

    /** Writes the private key (mode 600) and the public key beside it. */
    public void write(Path privateKeyFile, Path publicKeyFile) throws IOException {
        SecretFiles.writeText(privateKeyFile, Pem.encode(PEM_LABEL, privateKey.getEncoded()));
        verifyingKey.write(publicKeyFile);
    }

    public VerifyingKey verifyingKey() {
        return verifyingKey;
    }

    public byte[] sign(byte[] message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    @Override
    public String toString() {
        return "SigningKey[" + verifyingKey.fingerprint() + "]";
    }
}
