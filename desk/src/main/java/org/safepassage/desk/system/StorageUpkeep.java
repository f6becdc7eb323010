package org.safepassage.desk.system;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.safepassage.core.storage.EmbeddedStore;
import org.safepassage.desk.progress.LongWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives the embedded database file back the space that imports, vetting runs and analysts' commits
 * leave dead, while the desk runs. H2 writes copy-on-write and keeps a chunk of the file as long as
 * one page in it is live, so the file grows to tens of times what it holds (a 20,000-registration
 * import and its vetting run: about 1 GB for 31 MB of data); and writing each commit at once
 * (WRITE_DELAY=0) stops the background rewriting that would give some of it back. What gives it
 * all back is the compaction the desk does before it opens the file at start ({@link EmbeddedStore}):
 * when the file is sparse and large, no import or vetting run is going on and no connection is in
 * use, this takes the connection pool out of use for the seconds that compaction takes (requests
 * wait, nothing fails), and puts it back.
 */
@Component
public class StorageUpkeep {

    private static final Logger log = LoggerFactory.getLogger(StorageUpkeep.class);
    private static final long STRAGGLER_WAIT_MILLIS = 2_000;

    private final DataSource dataSource;
    private final LongWork work;
    private final long fromBytes;

    public StorageUpkeep(DataSource dataSource, LongWork work,
                         @Value("${safepassage.desk.storage-compact-from:67108864}") long fromBytes) {
        this.dataSource = dataSource;
        this.work = work;
        this.fromBytes = fromBytes;
    }

    @Scheduled(fixedDelayString = "${safepassage.desk.storage-upkeep:PT1M}", initialDelayString = "${safepassage.desk.storage-upkeep:PT1M}")
    void compactIfSparse() {
        if (!(dataSource instanceof HikariDataSource hikari) || hikari.getHikariPoolMXBean() == null) {
            return;
        }
        Optional<Path> file = EmbeddedStore.file(hikari.getJdbcUrl()).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return;
        }
        try {
            if (Files.size(file.get()) < fromBytes || !work.running().isEmpty() || !sparse()) {
                return;
            }
            long start = System.nanoTime();
            compactWithThePoolOutOfUse(hikari).ifPresent(compaction -> log.info(
                    "Compacted the embedded database file while running: {} MB to {} MB, requests held for {} ms",
                    compaction.before() >> 20, compaction.after() >> 20, (System.nanoTime() - start) / 1_000_000));
        } catch (SQLException | IOException | RuntimeException e) {
            log.warn("The embedded database file was not compacted this time: {}", e.getMessage());
        }
    }

    private boolean sparse() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return EmbeddedStore.isSparse(connection);
        }
    }

    private Optional<EmbeddedStore.Compaction> compactWithThePoolOutOfUse(HikariDataSource hikari) {
        HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
        if (pool.getActiveConnections() > 0) {
            return Optional.empty();
        }
        pool.suspendPool();
        try {
            pool.softEvictConnections();
            long until = System.nanoTime() + STRAGGLER_WAIT_MILLIS * 1_000_000;
            while (pool.getTotalConnections() > 0 && System.nanoTime() < until) {
                Thread.sleep(10);
                pool.softEvictConnections();
            }
            if (pool.getTotalConnections() > 0) {
                return Optional.empty(); // someone still holds a connection: not closed under them
            }
            // refuses by itself when anyone else in this JVM has the database open
            return EmbeddedStore.compactIfSparse(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            pool.resumePool();
        }
    }
}
