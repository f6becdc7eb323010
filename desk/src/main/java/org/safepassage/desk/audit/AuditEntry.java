package org.safepassage.desk.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.safepassage.core.json.Json;

/**
 * One line of the audit log. Its hash covers every field and the previous entry's hash, so
 * changing, removing or reordering any entry breaks every hash after it.
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String detail,
                         String prevHash, String hash) {

    /** The hash of the entry before the first one. */
    public static final String GENESIS = "0".repeat(64);

    /** SHA-256 over the fields as a JSON array: unambiguous whatever the fields contain. */
    public static String hashOf(long seq, Instant at, String actor, String action, String subject, String detail,
                                String prevHash) {
        byte[] canonical = Json.MAPPER.writeValueAsBytes(
                List.of(seq, at.toString(), actor, action, subject, detail, prevHash));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public String expectedHash() {
        return hashOf(seq, at, actor, action, subject, detail, prevHash);
    }

    static String utf8Limit(String text, int max) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }
}
