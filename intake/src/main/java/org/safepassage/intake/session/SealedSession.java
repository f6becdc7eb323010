package org.safepassage.intake.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.session.Session;

/**
 * One submitter's session while a request uses it: its attributes in memory, with the bytes each
 * had when it was read, so that saving writes only what this request changed and can lay its
 * changes over another node's that saved in between. Creation and access times are kept in memory
 * only, for the servlet API; nothing stored says when anything happened.
 */
final class SealedSession implements Session {

    static final Duration IDLE = Duration.ofMinutes(15);

    private final Supplier<String> newId;
    private final Map<String, Object> attributes = new HashMap<>();
    private final Map<String, byte[]> loaded;
    private final Instant creationTime = Instant.now();
    private String id;
    private String storedId;
    private long version;
    private long seen;
    private Instant lastAccessedTime = creationTime;
    private boolean saveFailed;

    /** A new session, not stored yet. */
    SealedSession(String id, Supplier<String> newId) {
        this(id, newId, Map.of(), 0, -1);
        this.storedId = null;
    }

    /** A session as read from its row. */
    SealedSession(String id, Supplier<String> newId, Map<String, byte[]> stored, long version, long seen) {
        this.id = id;
        this.storedId = id;
        this.newId = newId;
        this.loaded = new LinkedHashMap<>(stored);
        this.version = version;
        this.seen = seen;
        stored.forEach((name, bytes) -> attributes.put(name, SessionSeal.deserialize(bytes)));
    }

    /** The id it is stored under, or null while it never was. */
    String storedId() {
        return storedId;
    }

    long version() {
        return version;
    }

    long seen() {
        return seen;
    }

    /** This session's attributes serialized, as they are now. */
    Map<String, byte[]> current() {
        Map<String, byte[]> current = new LinkedHashMap<>();
        attributes.forEach((name, value) -> current.put(name, SessionSeal.serialize(value)));
        return current;
    }

    /** What this request changed: attributes set to new bytes, and removed ones (null). */
    Map<String, byte[]> changes(Map<String, byte[]> current) {
        Map<String, byte[]> changes = new LinkedHashMap<>();
        current.forEach((name, bytes) -> {
            if (!Arrays.equals(bytes, loaded.get(name))) {
                changes.put(name, bytes);
            }
        });
        for (String name : loaded.keySet()) {
            if (!current.containsKey(name)) {
                changes.put(name, null);
            }
        }
        return changes;
    }

    /**
     * Stored as {@code stored} under {@code version} at minute {@code seen}: what later changes are
     * measured against. What another request saved in between (laid under this one's changes) is
     * taken in, so that saving again does not undo it; {@code mine} is this session's attributes as
     * serialized for the save.
     */
    void stored(Map<String, byte[]> stored, Map<String, byte[]> mine, long version, long seen) {
        stored.forEach((name, bytes) -> {
            if (!Arrays.equals(bytes, mine.get(name))) {
                attributes.put(name, SessionSeal.deserialize(bytes));
            }
        });
        attributes.keySet().retainAll(stored.keySet());
        loaded.clear();
        loaded.putAll(stored);
        this.version = version;
        this.seen = seen;
        this.storedId = id;
    }

    /** Whether saving failed in this request (the database did not answer): it is not tried again before the next. */
    boolean saveFailed() {
        return saveFailed;
    }

    void saveFailed(boolean failed) {
        this.saveFailed = failed;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String changeSessionId() {
        id = newId.get();
        return id;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getAttribute(String name) {
        return (T) attributes.get(name);
    }

    @Override
    public Set<String> getAttributeNames() {
        return new HashSet<>(attributes.keySet());
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public Instant getCreationTime() {
        return creationTime;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        this.lastAccessedTime = lastAccessedTime;
    }

    @Override
    public Instant getLastAccessedTime() {
        return lastAccessedTime;
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        // always IDLE, counted in shared minutes by SealedSessions
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return IDLE;
    }

    @Override
    public boolean isExpired() {
        return false; // SealedSessions does not hand out expired ones
    }
}
