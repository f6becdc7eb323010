package org.safepassage.core.envelope;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.interfaces.XECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.XECPrivateKeySpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import org.safepassage.core.keys.Pem;
import org.safepassage.core.keys.SecretFiles;

/**
 * The desk identity at rest under a passphrase: the X25519 private key as an encrypted PKCS#8
 * document (PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC), in PEM. That is the standard form OpenSSL
 * reads ({@code openssl pkey -in desk-identity.p8}), built from the JDK's own PBES2, nothing
 * home-made. A plain age identity file is read as well, so one option accepts either.
 */
public final class ProtectedIdentityFile {

    static final String PEM_LABEL = "ENCRYPTED PRIVATE KEY";
    private static final String ALGORITHM = "PBEWithHmacSHA256AndAES_256";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about half a second here, once per start. */
    private static final int ITERATIONS = 600_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ProtectedIdentityFile() {
    }

    /** Whether the file is passphrase-protected (and so needs {@link #read(Path, char[])}). */
    public static boolean isProtected(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII).contains("-----BEGIN " + PEM_LABEL + "-----");
    }

    /** Writes the identity encrypted under the passphrase, to a new owner-only file. */
    public static void write(AgeIdentity identity, Path file, char[] passphrase) throws IOException {
        requirePassphrase(passphrase);
        byte[] scalar = identity.privateKey();
        byte[] pkcs8 = null;
        try {
            pkcs8 = KeyFactory.getInstance("X25519")
                    .generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, scalar)).getEncoded();
            byte[] salt = new byte[16];
            byte[] iv = new byte[16];
            RANDOM.nextBytes(salt);
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance(ALGORITHM);
            cipher.init(Cipher.ENCRYPT_MODE, passphraseKey(passphrase),
                    new PBEParameterSpec(salt, ITERATIONS, new IvParameterSpec(iv)));
            byte[] encrypted = cipher.doFinal(pkcs8);
            // Re-read as generic PBES2 parameters: the JDK names PBES2 only by that name in an EncryptedPrivateKeyInfo.
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("PBES2");
            parameters.init(cipher.getParameters().getEncoded());
            byte[] der = new EncryptedPrivateKeyInfo(parameters, encrypted).getEncoded();
            SecretFiles.writeText(file, "# SafePassage desk identity, passphrase-protected; public key: "
                    + identity.recipient().value() + "\n" + Pem.encode(PEM_LABEL, der));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot protect the identity: " + e.getMessage(), e);
        } finally {
            Arrays.fill(scalar, (byte) 0);
            if (pkcs8 != null) {
                Arrays.fill(pkcs8, (byte) 0);
            }
        }
    }

    /** Reads a protected identity with its passphrase, or a plain age identity file (passphrase ignored). */
    public static AgeIdentity read(Path file, char[] passphrase) throws IOException {
        if (!isProtected(file)) {
            return AgeIdentity.read(file);
        }
        requirePassphrase(passphrase);
        byte[] pkcs8 = null;
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(
                    Pem.decode(PEM_LABEL, Files.readString(file, StandardCharsets.US_ASCII)));
            AlgorithmParameters parameters = info.getAlgParameters();
            Cipher cipher = Cipher.getInstance(parameters.toString());
            cipher.init(Cipher.DECRYPT_MODE, passphraseKey(passphrase), parameters);
            PKCS8EncodedKeySpec spec = info.getKeySpec(cipher);
            pkcs8 = spec.getEncoded();
            XECPrivateKey key = (XECPrivateKey) KeyFactory.getInstance("X25519").generatePrivate(spec);
            byte[] scalar = key.getScalar().orElseThrow(() -> new IOException(file + " holds no X25519 scalar"));
            try {
                return AgeIdentity.fromPrivateKey(scalar);
            } finally {
                Arrays.fill(scalar, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot unlock " + file.getFileName() + ": wrong passphrase, or not an X25519 key");
        } catch (IllegalArgumentException e) {
            throw new IOException(file.getFileName() + " is not a readable protected identity: " + e.getMessage());
        } finally {
            if (pkcs8 != null) {
                Arrays.fill(pkcs8, (byte) 0);
            }
        }
    }

    private static SecretKey passphraseKey(char[] passphrase) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec);
        } finally {
            spec.clearPassword();
        }
    }

    private static void requirePassphrase(char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            throw new IllegalArgumentException("a passphrase is required for a protected identity");
        }
    }
}
