package org.safepassage.intake.admission;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.safepassage.core.digest.Sha256;
import org.springframework.stereotype.Component;

/**
 * Admission challenges, stateless until used: a token {@code v1.<kind>.<issued second>.<bits>.<random>.<HMAC>}
 * under a key that lives in memory only. A browser with JavaScript finds a nonce such that
 * SHA-256(token ":" nonce) starts with {@code bits} zero bits (hashcash); one without shows the
 * token back after the wait. A token is good once and for ten minutes. Seconds here are process
 * uptime, in memory only.
 */
@Component
public class ProofOfWork {

    static final long VALID_SECONDS = 600;
    private static final int MAX_USED = 500_000;
    private static final long SWEEP_SECONDS = 60;
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key = new byte[32];
    private final SecureRandom random;
    private final Map<String, Long> used = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong(Long.MIN_VALUE / 2);

    public ProofOfWork(SecureRandom random) {
        this.random = random;
        random.nextBytes(key);
    }

    /** A fresh token of {@code kind} ("work" or "wait") asking for {@code bits} zero bits. */
    public String issue(Kind kind, int bits) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        String body = "v1." + kind.name().toLowerCase() + "." + nowSeconds() + "." + bits + "." + BASE64.encodeToString(nonce);
        return body + "." + mac(body);
    }

    /** The token's fields if it is ours, unexpired and of {@code kind}. */
    public Optional<Token> read(String token, Kind kind) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int lastDot = token.lastIndexOf('.');
        if (lastDot < 0) {
            return Optional.empty();
        }
        String body = token.substring(0, lastDot);
        if (!MessageDigest.isEqual(mac(body).getBytes(StandardCharsets.US_ASCII),
                token.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] fields = body.split("\\.");
        if (fields.length != 5 || !fields[1].equals(kind.name().toLowerCase())) {
            return Optional.empty();
        }
        long issued = Long.parseLong(fields[2]);
        long age = nowSeconds() - issued;
        if (age < 0 || age > VALID_SECONDS) {
            return Optional.empty();
        }
        return Optional.of(new Token(token, kind, age, Integer.parseInt(fields[3])));
    }

    /** Whether {@code nonce} solves the work token; a token counts once. */
    public boolean solved(Token token, String nonce) {
        if (nonce == null || nonce.length() > 32 || leadingZeroBits(hash(token.value(), nonce)) < token.bits()) {
            return false;
        }
        return spend(token);
    }

    /** Marks a token used; false when it was used before or the table of used tokens is full. */
    public boolean spend(Token token) {
        long now = nowSeconds();
        if (used.size() > MAX_USED / 2 && now - lastSweep.getAndSet(now) >= SWEEP_SECONDS) {
            // At most once a minute, so that a large table is not walked on every admission.
            used.values().removeIf(spent -> now - spent > VALID_SECONDS);
        }
        if (used.size() >= MAX_USED) {
            return false;
        }
        return used.putIfAbsent(token.value(), now) == null;
    }

    /** What a browser (or a well-behaved client) does: the first counter that solves the token. */
    public static String solve(String token, int bits) {
        for (long counter = 0; ; counter++) {
            String nonce = Long.toString(counter);
            if (leadingZeroBits(hash(token, nonce)) >= bits) {
                return nonce;
            }
        }
    }

    static byte[] hash(String token, String nonce) {
        return Sha256.of((token + ":" + nonce).getBytes(StandardCharsets.US_ASCII));
    }

    static int leadingZeroBits(byte[] digest) {
        int bits = 0;
        for (byte b : digest) {
            if (b == 0) {
                bits += 8;
            } else {
                return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
            }
        }
        return bits;
    }

    private String mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return BASE64.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long nowSeconds() {
        return System.nanoTime() / 1_000_000_000L;
    }

    /** A challenge: to be solved by work, or waited out. */
    public enum Kind {
        WORK, WAIT
    }

    /** A token read back: its kind, its age in seconds and the bits it asks for. */
    public record Token(String value, Kind kind, long ageSeconds, int bits) {
    }
}
