package org.safepassage.core.envelope;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.digests.SHA3Digest;
import org.bouncycastle.crypto.digests.SHAKEDigest;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMExtractor;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMGenerator;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMParameters;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMPrivateKeyParameters;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMPublicKeyParameters;

/**
 * The hybrid KEM of age's {@code mlkem768x25519} recipients: X-Wing (draft-connolly-cfrg-xwing-kem),
 * ML-KEM-768 and X25519 combined with SHA3-256. Built from Bouncy Castle's ML-KEM, X25519, SHAKE256
 * and SHA3-256, composed as the specification says, and checked against the C2SP age test vectors
 * and the TypeScript reference implementation.
 * <ul>
 * <li>a 32-byte seed expands with SHAKE256 to 96 bytes: ML-KEM-768's (d, z), then the X25519 scalar;</li>
 * <li>the public key is ML-KEM's encapsulation key (1,184 bytes) then X25519's (32);</li>
 * <li>the ciphertext is ML-KEM's (1,088 bytes) then an ephemeral X25519 key (32);</li>
 * <li>the shared secret is SHA3-256(ss_ML-KEM ‖ ss_X25519 ‖ ct_X25519 ‖ pk_X25519 ‖ "\.//^\").</li>
 * </ul>
 * An X25519 share whose shared secret is all zeros (a low-order point) is refused.
 */
final class MlKem768X25519 {

    static final int SEED_BYTES = 32;
    static final int PUBLIC_KEY_BYTES = 1216;
    static final int CIPHERTEXT_BYTES = 1120;
    private static final int MLKEM_PUBLIC_KEY_BYTES = 1184;
    private static final int MLKEM_CIPHERTEXT_BYTES = 1088;
    private static final byte[] LABEL = "\\.//^\\".getBytes(StandardCharsets.US_ASCII);

    private MlKem768X25519() {
    }

    /** A shared secret and the ciphertext that carries it to the holder of the seed. */
    record Encapsulation(byte[] sharedSecret, byte[] ciphertext) {
    }

    static byte[] publicKey(byte[] seed) {
        Expanded keys = expand(seed);
        try {
            return concat(keys.mlkem().getPublicKey(), keys.x25519Public());
        } finally {
            keys.wipe();
        }
    }

    static Encapsulation encapsulate(byte[] publicKey, SecureRandom random) throws GeneralSecurityException {
        byte[] ephemeral = new byte[X25519.SCALAR_SIZE];
        random.nextBytes(ephemeral);
        try {
            return encapsulate(publicKey, ephemeral, new MLKEMGenerator(random));
        } finally {
            Arrays.fill(ephemeral, (byte) 0);
        }
    }

    private static Encapsulation encapsulate(byte[] publicKey, byte[] ephemeral, MLKEMGenerator mlkem)
            throws GeneralSecurityException {
        if (publicKey.length != PUBLIC_KEY_BYTES) {
            throw new GeneralSecurityException("an mlkem768x25519 public key has " + PUBLIC_KEY_BYTES + " bytes");
        }
        byte[] mlkemPublic = Arrays.copyOfRange(publicKey, 0, MLKEM_PUBLIC_KEY_BYTES);
        byte[] x25519Public = Arrays.copyOfRange(publicKey, MLKEM_PUBLIC_KEY_BYTES, PUBLIC_KEY_BYTES);
        byte[] ephemeralPublic = new byte[X25519.POINT_SIZE];
        X25519.scalarMultBase(ephemeral, 0, ephemeralPublic, 0);
        byte[] x25519Secret = new byte[X25519.POINT_SIZE];
        if (!X25519.calculateAgreement(ephemeral, 0, x25519Public, 0, x25519Secret, 0)) {
            throw new GeneralSecurityException("the recipient's X25519 key is a low-order point");
        }
        SecretWithEncapsulation mlkemSecret;
        try {
            mlkemSecret = mlkem.generateEncapsulated(new MLKEMPublicKeyParameters(MLKEMParameters.ml_kem_768, mlkemPublic));
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("the recipient's ML-KEM key is not valid: " + e.getMessage());
        }
        try {
            byte[] shared = combine(mlkemSecret.getSecret(), x25519Secret, ephemeralPublic, x25519Public);
            return new Encapsulation(shared, concat(mlkemSecret.getEncapsulation(), ephemeralPublic));
        } finally {
            Arrays.fill(x25519Secret, (byte) 0);
        }
    }

    static byte[] decapsulate(byte[] ciphertext, byte[] seed) throws GeneralSecurityException {
        if (ciphertext.length != CIPHERTEXT_BYTES) {
            throw new GeneralSecurityException("an mlkem768x25519 ciphertext has " + CIPHERTEXT_BYTES + " bytes");
        }
        Expanded keys = expand(seed);
        byte[] x25519Secret = new byte[X25519.POINT_SIZE];
        try {
            byte[] ephemeralPublic = Arrays.copyOfRange(ciphertext, MLKEM_CIPHERTEXT_BYTES, CIPHERTEXT_BYTES);
            if (!X25519.calculateAgreement(keys.x25519Secret(), 0, ephemeralPublic, 0, x25519Secret, 0)) {
                throw new GeneralSecurityException("the X25519 share is a low-order point");
            }
            byte[] mlkemSecret = new MLKEMExtractor(keys.mlkem())
                    .extractSecret(Arrays.copyOfRange(ciphertext, 0, MLKEM_CIPHERTEXT_BYTES));
            return combine(mlkemSecret, x25519Secret, ephemeralPublic, keys.x25519Public());
        } finally {
            Arrays.fill(x25519Secret, (byte) 0);
            keys.wipe();
        }
    }

    private static byte[] combine(byte[] mlkemSecret, byte[] x25519Secret, byte[] ephemeralPublic, byte[] x25519Public) {
        SHA3Digest sha3 = new SHA3Digest(256);
        for (byte[] part : new byte[][] {mlkemSecret, x25519Secret, ephemeralPublic, x25519Public, LABEL}) {
            sha3.update(part, 0, part.length);
        }
        byte[] shared = new byte[32];
        sha3.doFinal(shared, 0);
        Arrays.fill(mlkemSecret, (byte) 0);
        return shared;
    }

    private record Expanded(MLKEMPrivateKeyParameters mlkem, byte[] x25519Secret, byte[] x25519Public) {
        void wipe() {
            Arrays.fill(x25519Secret, (byte) 0);
        }
    }

    private static Expanded expand(byte[] seed) {
        if (seed.length != SEED_BYTES) {
            throw new IllegalArgumentException("an mlkem768x25519 seed has " + SEED_BYTES + " bytes");
        }
        byte[] expanded = new byte[96];
        SHAKEDigest shake = new SHAKEDigest(256);
        shake.update(seed, 0, seed.length);
        shake.doFinal(expanded, 0, expanded.length);
        try {
            MLKEMPrivateKeyParameters mlkem = new MLKEMPrivateKeyParameters(MLKEMParameters.ml_kem_768,
                    Arrays.copyOfRange(expanded, 0, 64));
            byte[] x25519Secret = Arrays.copyOfRange(expanded, 64, 96);
            byte[] x25519Public = new byte[X25519.POINT_SIZE];
            X25519.scalarMultBase(x25519Secret, 0, x25519Public, 0);
            return new Expanded(mlkem, x25519Secret, x25519Public);
        } finally {
            Arrays.fill(expanded, (byte) 0);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
