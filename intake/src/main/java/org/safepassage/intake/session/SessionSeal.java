package org.safepassage.intake.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.safepassage.core.receipt.Pepper;

/**
 * How a session is kept in the shared database. Its id (32 random bytes, only ever in the
 * submitter's cookie) and the pepper give, by HKDF, the row key it is stored under and an AES-256-GCM
 * key it is sealed with: the database alone, or the database and the cookie without the pepper,
 * opens nothing, and a row moved or altered does not open at all. What is sealed is each attribute
 * serialized on its own, padded to a multiple of 512 bytes so that a row's size says little of what
 * the session holds; it is read back through an allowlist of the classes sessions hold.
 */
final class SessionSeal {

    static final int ID_BYTES = 32;
    private static final Pattern ID_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int PAD_TO = 512;
    private static final byte[] CONTEXT = "safepassage intake session v1".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectInputFilter CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;maxrefs=10000;maxbytes=4000000;"
                    + "java.lang.*;java.util.*;java.util.concurrent.CopyOnWriteArrayList;java.time.*;org.safepassage.**;"
                    + "org.springframework.security.web.csrf.*;org.springframework.web.servlet.FlashMap;"
                    + "org.springframework.util.LinkedMultiValueMap;org.springframework.util.MultiValueMapAdapter;!*");

    private final Pepper pepper;
    private final SecureRandom random;

    SessionSeal(Pepper pepper, SecureRandom random) {
        this.pepper = pepper;
        this.random = random;
    }

    /** A new session id: 256 random bits, as the cookie carries it. */
    String newId() {
        byte[] id = new byte[ID_BYTES];
        random.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    /** The keys of a session id, or empty when it is not the shape of one (a forged or damaged cookie). */
    Optional<Keys> keys(String id) {
        if (id == null || !ID_SHAPE.matcher(id).matches()) {
            return Optional.empty();
        }
        byte[] derived = pepper.derive(Base64.getUrlDecoder().decode(id), "safepassage intake session keys v1", 64);
        byte[] rowKey = new byte[32];
        byte[] sealKey = new byte[32];
        System.arraycopy(derived, 0, rowKey, 0, 32);
        System.arraycopy(derived, 32, sealKey, 0, 32);
        return Optional.of(new Keys(HexFormat.of().formatHex(rowKey), sealKey));
    }

    byte[] seal(Keys keys, Map<String, byte[]> attributes) {
        byte[] plain = pad(serialize(new LinkedHashMap<>(attributes)));
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys, nonce);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The attributes sealed in {@code sealed}, or empty when it does not open under these keys. */
    @SuppressWarnings("unchecked")
    Optional<Map<String, byte[]>> open(Keys keys, byte[] sealed) {
        if (sealed == null || sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        byte[] plain;
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            System.arraycopy(sealed, 0, nonce, 0, NONCE_BYTES);
            plain = cipher(Cipher.DECRYPT_MODE, keys, nonce).doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
        Object read = deserialize(unpad(plain));
        return read instanceof Map<?, ?> map ? Optional.of((Map<String, byte[]>) map) : Optional.empty();
    }

    static byte[] serialize(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("a session attribute that cannot be kept: " + value.getClass().getName(), e);
        }
        return bytes.toByteArray();
    }

    /** An attribute read back; only classes sessions hold are read (anything else fails, by name). */
    static Object deserialize(byte[] bytes) {
        Class<?>[] refused = new Class<?>[1];
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(info -> {
                ObjectInputFilter.Status status = CLASSES.checkInput(info);
                if (status == ObjectInputFilter.Status.REJECTED) {
                    refused[0] = info.serialClass();
                }
                return status;
            });
            return in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("a stored session attribute cannot be read"
                    + (refused[0] != null ? ": " + refused[0].getName() + " is not a class sessions hold" : ""), e);
        }
    }


    private static byte[] pad(byte[] plain) {
        int length = ((plain.length + 4) / PAD_TO + 1) * PAD_TO;
        return ByteBuffer.allocate(length).putInt(plain.length).put(plain).array();
    }

    private static byte[] unpad(byte[] padded) {
        ByteBuffer buffer = ByteBuffer.wrap(padded);
        int length = buffer.getInt();
        if (length < 0 || length > padded.length - 4) {
            throw new IllegalStateException("a stored session is damaged");
        }
        byte[] plain = new byte[length];
        buffer.get(plain);
        return plain;
    }

    private static Cipher cipher(int mode, Keys keys, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(keys.sealKey(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(CONTEXT);
        cipher.updateAAD(keys.rowKey().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    /** Where a session is stored and what it is sealed with. */
    record Keys(String rowKey, byte[] sealKey) {
        @Override
        public String toString() {
            return "Keys[redacted]";
        }
    }
}
