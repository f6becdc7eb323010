package org.safepassage.core.envelope;

import com.exceptionfactory.jagged.FileKey;
import com.exceptionfactory.jagged.RecipientStanza;
import com.exceptionfactory.jagged.RecipientStanzaReader;
import com.exceptionfactory.jagged.RecipientStanzaWriter;
import com.exceptionfactory.jagged.UnsupportedRecipientStanzaException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * age's {@code mlkem768x25519} recipient stanza (C2SP age, "The mlkem768x25519 recipient type"),
 * for Jagged: {@code -> mlkem768x25519 <base64 enc>} and a 32-byte body, the file key sealed with
 * ChaCha20-Poly1305 under the HPKE context of the X-Wing shared secret (KEM id 0x647a, info
 * {@value #LABEL}).
 */
final class HybridRecipientStanzas {

    static final String TYPE = "mlkem768x25519";
    static final String LABEL = "age-encryption.org/mlkem768x25519";
    private static final int KEM_ID = 0x647a;
    private static final int FILE_KEY_BYTES = 16;
    private static final int BODY_BYTES = FILE_KEY_BYTES + 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private HybridRecipientStanzas() {
    }

    /** Wraps each file key to one hybrid recipient's public key. */
    static RecipientStanzaWriter writer(byte[] publicKey) {
        byte[] recipient = publicKey.clone();
        return fileKey -> {
            MlKem768X25519.Encapsulation encapsulation = MlKem768X25519.encapsulate(recipient, RANDOM);
            HpkeKeySchedule.KeyAndNonce context = HpkeKeySchedule.baseMode(KEM_ID, encapsulation.sharedSecret(), label());
            try {
                byte[] body = aead(true, context, fileKey.getEncoded());
                String enc = Base64.getEncoder().withoutPadding().encodeToString(encapsulation.ciphertext());
                return List.of(new Stanza(TYPE, List.of(enc), body));
            } catch (InvalidCipherTextException e) {
                throw new GeneralSecurityException("sealing the file key failed", e);
            } finally {
                context.wipe();
                Arrays.fill(encapsulation.sharedSecret(), (byte) 0);
            }
        };
    }

    /** Unwraps the file key from the first hybrid stanza this identity's seed opens. */
    static RecipientStanzaReader reader(byte[] seed) {
        byte[] identity = seed.clone();
        return stanzas -> {
            for (RecipientStanza stanza : stanzas) {
                if (!TYPE.equals(stanza.getType())) {
                    continue;
                }
                if (stanza.getArguments().size() != 1) {
                    throw new GeneralSecurityException("an mlkem768x25519 stanza takes exactly one argument");
                }
                byte[] enc = canonicalBase64(stanza.getArguments().get(0));
                if (enc.length != MlKem768X25519.CIPHERTEXT_BYTES) {
                    throw new GeneralSecurityException("an mlkem768x25519 stanza's enc has " + MlKem768X25519.CIPHERTEXT_BYTES
                            + " bytes");
                }
                if (stanza.getBody().length != BODY_BYTES) {
                    throw new GeneralSecurityException("an mlkem768x25519 stanza's body has " + BODY_BYTES + " bytes");
                }
                byte[] shared = MlKem768X25519.decapsulate(enc, identity);
                HpkeKeySchedule.KeyAndNonce context = HpkeKeySchedule.baseMode(KEM_ID, shared, label());
                try {
                    return new FileKey(aead(false, context, stanza.getBody()));
                } catch (InvalidCipherTextException notOurs) {
                    // sealed to another hybrid recipient: try the next stanza
                } finally {
                    context.wipe();
                    Arrays.fill(shared, (byte) 0);
                }
            }
            throw new UnsupportedRecipientStanzaException("no mlkem768x25519 stanza opens with this identity");
        };
    }

    private static byte[] aead(boolean seal, HpkeKeySchedule.KeyAndNonce context, byte[] input)
            throws InvalidCipherTextException {
        ChaCha20Poly1305 cipher = new ChaCha20Poly1305();
        cipher.init(seal, new AEADParameters(new KeyParameter(context.key()), 128, context.nonce()));
        byte[] output = new byte[cipher.getOutputSize(input.length)];
        int length = cipher.processBytes(input, 0, input.length, output, 0);
        length += cipher.doFinal(output, length);
        return length == output.length ? output : Arrays.copyOf(output, length);
    }

    /** Decodes unpadded base64 and refuses any other spelling of the same bytes (age requires canonical encodings). */
    private static byte[] canonicalBase64(String text) throws GeneralSecurityException {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("an mlkem768x25519 stanza's enc is not base64");
        }
        if (text.endsWith("=") || !Base64.getEncoder().withoutPadding().encodeToString(decoded).equals(text)) {
            throw new GeneralSecurityException("an mlkem768x25519 stanza's enc is not canonical base64");
        }
        return decoded;
    }

    private static byte[] label() {
        return LABEL.getBytes(StandardCharsets.US_ASCII);
    }

    /** A recipient stanza as Jagged writes it. */
    private record Stanza(String getType, List<String> getArguments, byte[] getBody) implements RecipientStanza {
    }
}
