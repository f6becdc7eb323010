package org.safepassage.intake.session;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.catalina.session.TooManyActiveSessionsException;
import org.safepassage.intake.system.SharedMinutes;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.SessionRepository;

/**
 * Submitters' sessions in the database every node shares, sealed ({@link SessionSeal}), so that a
 * form loaded from one node can be sent to another, a receipt shown by a third, and a thread opened
 * on one read on the next. A session unused for {@link SealedSession#IDLE} shared minutes is gone.
 * Two requests of one session on two nodes at once both keep their changes: a save that finds the
 * row moved on lays its own changes over the newer row. Sessions are capped in number, as in memory.
 */
final class SealedSessions implements SessionRepository<SealedSession> {

    private static final int MAX_MERGES = 5;
    private static final long IDLE_MINUTES = SealedSession.IDLE.toMinutes();

    private final JdbcClient jdbc;
    private final SessionSeal seal;
    private final SharedMinutes minutes;
    private final int maxSessions;
    private final BooleanSupplier storageUp;
    private final AtomicLong stored = new AtomicLong();
    private final Set<String> unstored = ConcurrentHashMap.newKeySet();
    /** Sessions this request has read or saved, by id: read once per request, not again when it is committed. */
    private final ThreadLocal<Map<String, SealedSession>> thisRequest = ThreadLocal.withInitial(HashMap::new);

    SealedSessions(JdbcClient jdbc, SessionSeal seal, SharedMinutes minutes, int maxSessions, BooleanSupplier storageUp) {
        this.jdbc = jdbc;
        this.storageUp = storageUp;
        this.seal = seal;
        this.minutes = minutes;
        this.maxSessions = maxSessions;
        count();
    }

    @Override
    public SealedSession createSession() {
        if (stored.get() >= maxSessions) {
            throw new TooManyActiveSessionsException("the shared sessions are full", maxSessions);
        }
        return new SealedSession(seal.newId(), seal::newId);
    }

    @Override
    public void save(SealedSession session) {
        if (session.saveFailed()) {
            return; // tried once in this request already; the failure is what the submitter is told
        }
        try {
            store(session);
        } catch (DataAccessException e) {
            session.saveFailed(true);
            throw e;
        }
    }

    private void store(SealedSession session) {
        long now = minutes.now();
        Map<String, byte[]> current = session.current();
        Map<String, byte[]> changes = session.changes(current);
        String storedId = session.storedId();
        boolean moved = storedId != null && !storedId.equals(session.getId());
        if (storedId != null && !moved && changes.isEmpty() && session.seen() == now) {
            return;
        }
        SessionSeal.Keys keys = seal.keys(session.getId()).orElseThrow();
        if (storedId == null) {
            storeNew(session, keys, current, now);
        } else if (moved) {
            insert(keys, current, now); // under the new id first, then the old id opens nothing
            deleteById(storedId);
            stored(session, current, now);
        } else {
            update(session, keys, current, changes, now);
        }
    }

    private void storeNew(SealedSession session, SessionSeal.Keys keys, Map<String, byte[]> current, long now) {
        try {
            insert(keys, current, now);
        } catch (DataAccessException e) {
            // A new session holds nothing yet that would be lost: the page is shown (saying the
            // intake cannot store anything now), no cookie is sent for it (a cookie the browser
            // already holds stays), and the next request starts a session again.
            if (unstored.size() > 10_000) {
                unstored.clear();
            }
            unstored.add(session.getId());
            session.saveFailed(true);
            return;
        }
        stored(session, current, now);
    }

    private void stored(SealedSession session, Map<String, byte[]> attributes, long now) {
        session.stored(attributes, attributes, 1, now);
        thisRequest.get().put(session.getId(), session);
    }

    /** Writes this request's changes; if another request saved in between, lays them over its row. */
    private void update(SealedSession session, SessionSeal.Keys keys, Map<String, byte[]> current,
                        Map<String, byte[]> changes, long now) {
        long version = session.version();
        Map<String, byte[]> next = current;
        for (int attempt = 0; attempt < MAX_MERGES; attempt++) {
            int updated = jdbc.sql("update submitter_session set sealed = ?, version = ?, seen = ? where row_key = ? and version = ?")
                    .params(seal.seal(keys, next), version + 1, now, keys.rowKey(), version).update();
            if (updated == 1) {
                session.stored(next, current, version + 1, now);
                return;
            }
            Optional<Row> newer = read(keys);
            if (newer.isEmpty()) {
                return; // closed or expired meanwhile: not brought back
            }
            next = new LinkedHashMap<>(newer.get().attributes());
            for (Map.Entry<String, byte[]> change : changes.entrySet()) {
                if (change.getValue() == null) {
                    next.remove(change.getKey());
                } else {
                    next.put(change.getKey(), change.getValue());
                }
            }
            version = newer.get().version();
        }
        throw new IllegalStateException("a session changed by too many requests at once");
    }

    private void insert(SessionSeal.Keys keys, Map<String, byte[]> attributes, long now) {
        answering();
        jdbc.sql("insert into submitter_session (row_key, sealed, version, seen) values (?, ?, 1, ?)")
                .params(keys.rowKey(), seal.seal(keys, attributes), now).update();
        stored.incrementAndGet();
    }

    /** Whether a new session could not be stored (the database did not answer); asked once, as its cookie is about to be sent. */
    boolean takeUnstored(String id) {
        return unstored.remove(id);
    }

    /**
     * Fails at once while the database is known not to answer ({@code StorageHealth}), instead of
     * every page waiting for a connection that will not come.
     */
    private void answering() {
        if (!storageUp.getAsBoolean()) {
            throw new DataAccessResourceFailureException("the database does not answer");
        }
    }

    /** Forgets what the request on this thread read; at the start and end of every request. */
    void requestEnded() {
        thisRequest.remove();
    }

    @Override
    public SealedSession findById(String id) {
        SealedSession known = thisRequest.get().get(id);
        if (known != null) {
            return known; // the session filter asks again as it commits: the row is as this request left it
        }
        SealedSession found = read(id);
        if (found != null) {
            thisRequest.get().put(id, found);
        }
        return found;
    }

    private SealedSession read(String id) {
        Optional<SessionSeal.Keys> keys = seal.keys(id);
        if (keys.isEmpty()) {
            return null;
        }
        answering();
        Optional<Row> row = read(keys.get());
        if (row.isEmpty()) {
            return null;
        }
        if (minutes.now() - row.get().seen() >= IDLE_MINUTES) {
            deleteById(id);
            return null;
        }
        return new SealedSession(id, seal::newId, row.get().attributes(), row.get().version(), row.get().seen());
    }

    @Override
    public void deleteById(String id) {
        thisRequest.get().remove(id);
        seal.keys(id).ifPresent(keys -> {
            if (jdbc.sql("delete from submitter_session where row_key = ?").param(keys.rowKey()).update() > 0) {
                stored.decrementAndGet();
            }
        });
    }

    /** Removes the sessions unused for the idle time, and counts what is left; every minute. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    public void sweep() {
        try {
            jdbc.sql("delete from submitter_session where seen <= ?").param(minutes.now() - IDLE_MINUTES).update();
            count();
        } catch (DataAccessException e) {
            // swept once the database answers again
        }
    }

    private void count() {
        stored.set(jdbc.sql("select count(*) from submitter_session").query(Long.class).single());
    }

    /** The row of these keys, opened; a row that does not open under them counts as none. */
    private Optional<Row> read(SessionSeal.Keys keys) {
        return jdbc.sql("select sealed, version, seen from submitter_session where row_key = ?").param(keys.rowKey())
                .query((rs, n) -> new Object[] {rs.getBytes(1), rs.getLong(2), rs.getLong(3)}).optional()
                .flatMap(row -> seal.open(keys, (byte[]) row[0])
                        .map(attributes -> new Row(attributes, (Long) row[1], (Long) row[2])));
    }

    private record Row(Map<String, byte[]> attributes, long version, long seen) {
    }
}
