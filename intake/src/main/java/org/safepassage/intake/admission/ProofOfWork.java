package org.safepassage.intake.admission;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.safepassage.core.digest.Sha256;
import org.safepassage.core.receipt.Pepper;
import org.safepassage.intake.system.IntakeKeys;
import org.safepassage.intake.system.SharedMinutes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Admission challenges, stateless until used: a token {@code v1.<kind>.<issued second>.<bits>.<random>.<HMAC>}
 * under a key every node of the deployment derives from the pepper (never stored), so a challenge
 * issued by one node is answered at any. A browser with JavaScript finds a nonce such that
 * SHA-256(token ":" nonce) starts with {@code bits} zero bits (hashcash); one without shows the
 * token back after the wait. A token is good once, at whichever node, and for ten minutes: a spent
 * token is kept in the shared database by its HMAC with the shared minute count, and forgotten
 * after ten of them. The issued second lives only in the token the browser holds.
 */
@Component
public class ProofOfWork {

    static final long VALID_SECONDS = 600;
    private static final long KEPT_MINUTES = VALID_SECONDS / 60 + 2;
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;
    private final SecureRandom random;
    private final JdbcClient jdbc;
    private final SharedMinutes minutes;

    @Autowired
    public ProofOfWork(SecureRandom random, IntakeKeys keys, JdbcClient jdbc, SharedMinutes minutes) {
        this(random, keys.pepper(), jdbc, minutes);
    }

    ProofOfWork(SecureRandom random, Pepper pepper, JdbcClient jdbc, SharedMinutes minutes) {
        this.random = random;
        this.key = pepper.derive(new byte[0], "safepassage intake admission challenges v1", 32);
        this.jdbc = jdbc;
        this.minutes = minutes;
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

    /** Marks a token used, at every node; false when it was used before (here or at another node). */
    public boolean spend(Token token) {
        try {
            jdbc.sql("insert into spent_challenge (tag, seen) values (?, ?)").params(mac(token.value() + ".spent"), minutes.now())
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Forgets spent tokens old enough to have expired anyway; every minute. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    public void forgetExpired() {
        try {
            jdbc.sql("delete from spent_challenge where seen < ?").param(minutes.now() - KEPT_MINUTES).update();
        } catch (DataAccessException e) {
            // forgotten once the database answers again
        }
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

    /** HMAC-SHA256 of {@code body} under the challenge key, Base64url: 43 characters. */
    private String mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return BASE64.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Seconds on the nodes' clocks (kept in step by the operating system), only ever inside a token. */
    private static long nowSeconds() {
        return System.currentTimeMillis() / 1000L;
    }

    /** A challenge: to be solved by work, or waited out. */
    public enum Kind {
        WORK, WAIT
    }

    /** A token read back: its kind, its age in seconds and the bits it asks for. */
    public record Token(String value, Kind kind, long ageSeconds, int bits) {
    }
}
