package org.safepassage.core.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;

/**
 * Brings an embedded H2 file back in proportion to what it holds, as an application starts, and
 * forces what was committed to it onto the disk. Both apps write every commit to the file at once
 * (WRITE_DELAY=0), where it survives the process; H2 does not sync the file at commit, so what must
 * also survive a power failure is synced on purpose ({@link #forceCommitted}). Writing at once
 * stops H2's background writer and the compaction it would do while running: under a stream of
 * writes the file grows to four (intake) and up to thirty (desk, after a vetting run) times its live
 * data, and H2 declines to rewrite it while it is being written. At start nothing else has it open:
 * when less than half of its chunks is live data, it is rewritten whole (SHUTDOWN COMPACT) before
 * the application opens it.
 */
public final class EmbeddedStore {

    static final int SPARSE_PERCENT = 50;

    private EmbeddedStore() {
    }

    /** How much of the file is live data: the part of it in chunks, times the live part of those. */
    static int livePercent(FileStore<?> file) {
        return file.getFillRate() * file.getChunksFillRate() / 100;
    }

    /** The file of an embedded H2 database's URL; empty for any other database. */
    public static Optional<Path> file(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:h2:file:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(jdbcUrl.substring("jdbc:h2:file:".length()).split(";", 2)[0] + ".mv.db"));
    }

    /**
     * How much of the embedded H2 file behind {@code connection} is live data, in percent, asked
     * without closing it; empty for another database.
     */
    public static OptionalInt livePercent(Connection connection) throws SQLException {
        if (connection.isWrapperFor(JdbcConnection.class)
                && connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local
                && local.getDatabase().getStore() != null
                && local.getDatabase().getStore().getMvStore().getFileStore() != null) {
            return OptionalInt.of(livePercent(local.getDatabase().getStore().getMvStore().getFileStore()));
        }
        return OptionalInt.empty();
    }

    /** The file's size before and after, in bytes. */
    public record Compaction(long before, long after) {
    }

    /**
     * Rewrites the embedded H2 file of {@code jdbcUrl} if it is sparse; empty for another database,
     * a dense or new file, or one that anyone else holds open (another process, or a connection in this JVM).
     */
    public static Optional<Compaction> compactIfSparse(String jdbcUrl) {
        return compactIfSparse(jdbcUrl, null, null);
    }

    /** As {@link #compactIfSparse(String)}, for an application's {@code spring.datasource.*} settings. */
    public static Optional<Compaction> compactIfSparse(Map<String, ?> properties) {
        return compactIfSparse(text(properties.get("spring.datasource.url")), text(properties.get("spring.datasource.username")),
                text(properties.get("spring.datasource.password")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** As {@link #compactIfSparse(String)}, with the database's user and password where they are set. */
    public static Optional<Compaction> compactIfSparse(String jdbcUrl, String user, String password) {
        return compactIfSparse(jdbcUrl, user, password, 0);
    }

    /**
     * As {@link #compactIfSparse(String, String, String)}, waiting up to {@code waitMillis} for the
     * connections this process just closed to let go of the file (a pool closes them on a thread of
     * its own, and the last one closes the database behind it).
     */
    public static Optional<Compaction> compactIfSparse(String jdbcUrl, String user, String password, long waitMillis) {
        Optional<Path> found = file(jdbcUrl).filter(Files::isRegularFile);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long until = System.nanoTime() + waitMillis * 1_000_000;
        while (true) {
            try {
                Attempt attempt = compactIfAlone(jdbcUrl, user, password, found.get());
                if (!attempt.othersHoldIt() || System.nanoTime() >= until) {
                    return attempt.compaction();
                }
            } catch (SQLException | java.io.IOException e) {
                if (System.nanoTime() >= until) {
                    return Optional.empty(); // open elsewhere or unreadable: the application says so when it opens it
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private static Optional<Set<PosixFilePermission>> mode(Path file) throws java.io.IOException {
        try {
            return Optional.of(Files.getPosixFilePermissions(file));
        } catch (UnsupportedOperationException notPosix) {
            return Optional.empty();
        }
    }

    /** One try: whether someone else in this process had the database open, and the compaction if it was done. */
    private record Attempt(boolean othersHoldIt, Optional<Compaction> compaction) {
    }

    private static Attempt compactIfAlone(String jdbcUrl, String user, String password, Path file)
            throws SQLException, java.io.IOException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl + ";IFEXISTS=TRUE", user == null ? "" : user,
                password == null ? "" : password)) {
            if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local)) {
                return new Attempt(false, Optional.empty());
            }
            if (local.getDatabase().getSessionCount() > 1) { // someone in this JVM has it open: not closed under them
                return new Attempt(true, Optional.empty());
            }
            if (livePercent(local.getDatabase().getStore().getMvStore().getFileStore()) >= SPARSE_PERCENT) {
                return new Attempt(false, Optional.empty());
            }
            long before = Files.size(file);
            Optional<Set<PosixFilePermission>> mode = mode(file);
            try (Statement statement = connection.createStatement()) {
                statement.execute("shutdown compact");
            }
            // H2 writes the compacted file anew, with the process's umask: it keeps the old file's mode (owner only)
            if (mode.isPresent()) {
                Files.setPosixFilePermissions(file, mode.get());
            }
            return new Attempt(false, Optional.of(new Compaction(before, Files.size(file))));
        }
    }

    /**
     * Returns once everything committed on {@code connection}'s database is on the disk: on H2, whose
     * commits may wait in the operating system's cache, {@code CHECKPOINT SYNC}; PostgreSQL has
     * done so at each commit.
     */
    public static void forceCommitted(Connection connection) throws SQLException {
        if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("checkpoint sync");
            }
        }
    }
}
