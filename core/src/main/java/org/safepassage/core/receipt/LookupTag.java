package org.safepassage.core.receipt;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the intake stores instead of a receipt: HMAC-SHA256(pepper, {@link LookupKey} of the receipt),
 * in lower-case hex. The receipt's 80 bits of entropy make fast derivations enough; the pepper stops
 * offline guessing. Going through the lookup key lets a packet sealed offline, which cannot know the
 * pepper, name its thread without carrying the receipt.
 */
public record LookupTag(String hex) {

    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

    public LookupTag {
        if (hex == null || !HEX_64.matcher(hex).matches()) {
            throw new IllegalArgumentException("a lookup tag is 64 lower-case hex digits");
        }
    }

    public static LookupTag of(Pepper pepper, Receipt receipt) {
        return of(pepper, LookupKey.of(receipt));
    }

    public static LookupTag of(Pepper pepper, LookupKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepper.key(), "HmacSHA256"));
            return new LookupTag(HexFormat.of().formatHex(mac.doFinal(key.bytes())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}
