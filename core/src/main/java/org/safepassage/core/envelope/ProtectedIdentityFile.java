package org.safepassage.core.envelope;

import java.io.IOException;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
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
 * The desk identity at rest under a passphrase: the private key as an encrypted PKCS#8 document
 * (PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC), in PEM, built from the JDK's own PBES2, nothing
 * home-made. An X25519 key is RFC 8410's form, which OpenSSL reads ({@code openssl pkey -in
 * desk-identity.p8}); a hybrid mlkem768x25519 key is its 32-byte seed under X-Wing's object
 * identifier ({@value #XWING_OID}, draft-connolly-cfrg-xwing-kem), wrapped as RFC 8410 wraps an
 * X25519 key (OpenSSL 3.0 decrypts the container but does not know X-Wing keys yet). A plain age
 * identity file is read as well, so one option accepts either.
 */
public final class ProtectedIdentityFile {

    static final String PEM_LABEL = "ENCRYPTED PRIVATE KEY";
    static final String XWING_OID = "1.3.6.1.4.1.62253.25722";
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
            pkcs8 = identity.kind() == RecipientKind.MLKEM768_X25519 ? hybridPkcs8(scalar)
                    : KeyFactory.getInstance("X25519")
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
            PrivateKeyInfo decoded = PrivateKeyInfo.getInstance(pkcs8);
            if (decoded.getPrivateKeyAlgorithm().getAlgorithm().getId().equals(XWING_OID)) {
                byte[] seed = ASN1OctetString.getInstance(decoded.parsePrivateKey()).getOctets();
                try {
                    return AgeIdentity.fromHybridSeed(seed);
                } finally {
                    Arrays.fill(seed, (byte) 0);
                }
            }
            XECPrivateKey key = (XECPrivateKey) KeyFactory.getInstance("X25519").generatePrivate(spec);
            byte[] scalar = key.getScalar().orElseThrow(() -> new IOException(file + " holds no X25519 scalar"));
            try {
                return AgeIdentity.fromPrivateKey(scalar);
            } finally {
                Arrays.fill(scalar, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot unlock " + file.getFileName() + ": wrong passphrase, or not an X25519 or hybrid key");
        } catch (IllegalArgumentException e) {
            throw new IOException(file.getFileName() + " is not a readable protected identity: " + e.getMessage());
        } finally {
            if (pkcs8 != null) {
                Arrays.fill(pkcs8, (byte) 0);
            }
        }
    }

    /** PrivateKeyInfo { X-Wing, OCTET STRING { seed } }, the way RFC 8410 wraps an X25519 key. */
    private static byte[] hybridPkcs8(byte[] seed) throws IOException {
        return new PrivateKeyInfo(new AlgorithmIdentifier(new ASN1ObjectIdentifier(XWING_OID)), new DEROctetString(seed))
                .getEncoded("DER");
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
