package org.safepassage.core.batch;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One envelope listed in a batch manifest. {@code thread} is the submitter's lookup tag, which
 * ties registrations, follow-ups, attachments and replies of one submitter together, or, for a
 * reply to a packet the desk received directly, {@value #LOOKUP_KEY_PREFIX} and the packet's lookup
 * key; {@code replyTo} is the age recipient replies are sealed to (registrations, and replies
 * addressed by lookup key).
 */
public record BatchEntry(String id, EnvelopeKind kind, String thread, String replyTo, long size, String sha256) {

    /** How a reply names a thread by a packet's lookup key instead of by the intake's tag. */
    public static final String LOOKUP_KEY_PREFIX = "key:";

    private static final Pattern ID = Pattern.compile("[a-z]-[0-9a-z]{8,64}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public BatchEntry {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("entry id must be a letter, a dash and 8–64 lower-case letters or digits");
        }
        if (kind == null) {
            throw new IllegalArgumentException("entry " + id + " has no kind");
        }
        if (thread == null || thread.isBlank()) {
            throw new IllegalArgumentException("entry " + id + " has no thread");
        }
        if (size < 0) {
            throw new IllegalArgumentException("entry " + id + " has a negative size");
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("entry " + id + " has no SHA-256 of 64 lower-case hex digits");
        }
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public String fileName() {
        return id + ".age";
    }

    public Optional<String> replyRecipient() {
        return Optional.ofNullable(replyTo);
    }
}
