package org.safepassage.core.storage;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Compacts a running application's embedded H2 file the way it is compacted at start
 * ({@link EmbeddedStore#compactIfSparse}), with the application's connection pool taken out of use
 * for the seconds it takes. H2 writes copy-on-write and keeps a chunk of the file as long as one page
 * in it is live, so under a stream of commits the file grows to many times what it holds; writing
 * each commit at once (WRITE_DELAY=0) stops the background rewriting that would give some of it back,
 * and H2's online chunk moving is not safe beside concurrent writes (it tripped an assertion in its
 * free-space map and closed the database). Closed, the file is rewritten whole in one pass.
 * <p>
 * Only when the file is large and sparse, and what it holds small enough for a short pause: the pool
 * is suspended (new requests for a connection wait, none fails), its idle connections closed, those
 * in use closed as they come back, and if a connection is still held after
 * {@link #STRAGGLER_WAIT_MILLIS}, or anyone else has the file open, nothing is done and the pool
 * resumes. The pool needs {@code allowPoolSuspension}.
 */
public final class CompactionWhileRunning {

    static final long STRAGGLER_WAIT_MILLIS = 2_000;

    private CompactionWhileRunning() {
    }

    /** What a compaction did, and how long the pool was out of use. */
    public record Done(EmbeddedStore.Compaction compaction, long heldMillis) {

        /** For the operator's log. */
        public String describe() {
            return String.format("Compacted the embedded database file while running: %,d MB to %,d MB, requests held for %,d ms",
                    compaction.before() >> 20, compaction.after() >> 20, heldMillis);
        }
    }

    /**
     * One round of an application's storage upkeep: {@link #ifSparse} when {@code dataSource} is a
     * Hikari pool, telling {@code done} what was compacted, or {@code failed} why nothing could be.
     */
    public static void round(DataSource dataSource, long fromBytes, long maxLiveBytes, Consumer<String> done,
                             Consumer<String> failed) {
        if (!(dataSource instanceof HikariDataSource pool)) {
            return;
        }
        try {
            ifSparse(pool, fromBytes, maxLiveBytes).ifPresent(compaction -> done.accept(compaction.describe()));
        } catch (SQLException | IOException | RuntimeException e) {
            failed.accept("The embedded database file was not compacted this time: " + e.getMessage());
        }
    }

    /**
     * Compacts {@code pool}'s embedded H2 file if it is at least {@code fromBytes}, sparse, and holds
     * at most {@code maxLiveBytes} of live data (the pause grows mostly with it: 1.9 s for 187 MB on
     * a 2-core machine); empty otherwise.
     */
    public static Optional<Done> ifSparse(HikariDataSource pool, long fromBytes, long maxLiveBytes) throws SQLException, IOException {
        HikariPoolMXBean control = pool.getHikariPoolMXBean();
        Optional<Path> file = EmbeddedStore.file(pool.getJdbcUrl()).filter(Files::isRegularFile);
        long size = file.isPresent() ? Files.size(file.get()) : 0;
        if (control == null || file.isEmpty() || size < fromBytes) {
            return Optional.empty();
        }
        try (Connection connection = pool.getConnection()) {
            OptionalInt live = EmbeddedStore.livePercent(connection);
            if (live.isEmpty() || live.getAsInt() >= EmbeddedStore.SPARSE_PERCENT || size / 100 * live.getAsInt() > maxLiveBytes) {
                return Optional.empty();
            }
        }
        long start = System.nanoTime();
        control.suspendPool();
        try {
            control.softEvictConnections();
            long until = start + STRAGGLER_WAIT_MILLIS * 1_000_000;
            while (control.getTotalConnections() > 0 && System.nanoTime() < until) {
                Thread.sleep(10);
                control.softEvictConnections();
            }
            if (control.getTotalConnections() > 0) {
                return Optional.empty(); // someone still holds a connection: not closed under them
            }
            // the pool closes its connections on a thread of its own: the file is let go of a moment later;
            // if anyone else in this process still has the database open after that, nothing is done
            return EmbeddedStore.compactIfSparse(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), STRAGGLER_WAIT_MILLIS)
                    .map(compaction -> new Done(compaction, (System.nanoTime() - start) / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            control.resumePool();
        }
    }
}
