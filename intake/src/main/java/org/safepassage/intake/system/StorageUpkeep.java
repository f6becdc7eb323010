package org.safepassage.intake.system;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.safepassage.core.storage.CompactionWhileRunning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives the embedded database file back the space that commits leave dead, while the intake serves:
 * registrations that come one at a time are a commit each, and leave a file of five times their
 * ciphertext. Once a minute, when the file is over 64 MB, less than half of it live, and no
 * connection is in use (a moment between submitters), {@link CompactionWhileRunning}: submitters who
 * send in those seconds wait for it; none is refused.
 */
@Component
public class StorageUpkeep {

    private static final Logger log = LoggerFactory.getLogger(StorageUpkeep.class);

    private final DataSource dataSource;
    private final long fromBytes;

    public StorageUpkeep(DataSource dataSource, @Value("${safepassage.intake.storage-compact-from:67108864}") long fromBytes) {
        this.dataSource = dataSource;
        this.fromBytes = fromBytes;
    }

    @Scheduled(fixedDelayString = "${safepassage.intake.storage-upkeep:PT10S}", initialDelayString = "${safepassage.intake.storage-upkeep:PT10S}")
    void compactIfSparse() {
        if (!(dataSource instanceof HikariDataSource pool)) {
            return;
        }
        try {
            CompactionWhileRunning.ifSparse(pool, fromBytes).ifPresent(done -> log.info(done.describe()));
        } catch (SQLException | IOException | RuntimeException e) {
            log.warn("The embedded database file was not compacted this time: {}", e.getMessage());
        }
    }
}
