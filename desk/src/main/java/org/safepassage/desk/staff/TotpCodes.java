package org.safepassage.desk.staff;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * RFC 6238 codes (30 s, 6 digits, HMAC-SHA1: what every authenticator app speaks), with one
 * step of clock drift either way. Secrets are 160 random bits in Base32.
 */
@Component
public class TotpCodes {

    private static final Duration STEP = Duration.ofSeconds(30);
    private static final String ISSUER = "SafePassage desk";

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6);
    private final SecureRandom random;
    private final Clock clock;

    public TotpCodes(SecureRandom random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    public String newSecret() {
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The otpauth:// URI an authenticator app scans. Never logged: it holds the secret. */
    public static String enrolmentUri(String username, String secret) {
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                + URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20")
                + "&algorithm=SHA1&digits=6&period=30";
    }

    /**
     * The time step (30 s since the epoch) whose code was typed, within one step of now either
     * way; -1 when the code is wrong. The caller refuses a step already used, so that a code seen
     * over a shoulder or in a proxy log cannot be used a second time.
     */
    public long matchingStep(String secret, String code) {
        if (secret == null || code == null || !code.strip().matches("[0-9]{6}")) {
            return -1;
        }
        long now = clock.instant().getEpochSecond() / STEP.getSeconds();
        byte[] typed = code.strip().getBytes(StandardCharsets.US_ASCII);
        long matched = -1;
        for (long step = now - 1; step <= now + 1; step++) {
            // compare every window, so timing does not tell which one matched
            byte[] expected = codeAt(secret, Instant.ofEpochSecond(step * STEP.getSeconds())).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, typed) && matched < 0) {
                matched = step;
            }
        }
        return matched;
    }

    /** The code for now, for the operator's own tools (tests, the demo). */
    public String currentCode(String secret) {
        return codeAt(secret, clock.instant());
    }

    private String codeAt(String secret, Instant at) {
        try {
            int code = generator.generateOneTimePassword(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), at);
            return String.format("%06d", code);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("a stored TOTP secret is unusable", e);
        }
    }
}
