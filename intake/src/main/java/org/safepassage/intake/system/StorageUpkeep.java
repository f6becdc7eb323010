package org.safepassage.intake.system;

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
 * ciphertext. Every 10 s, when the file is over 64 MB, less than half of it live, and what it holds
 * at most 256 MB (a pause of a few seconds at most, well inside a submitter's 20 s commit wait),
 * {@link CompactionWhileRunning}: submitters who send in those seconds wait for it; none is refused.
 */
@Component
public class StorageUpkeep {

    private static final Logger log = LoggerFactory.getLogger(StorageUpkeep.class);

    private final DataSource dataSource;
    private final long fromBytes;
    private final long maxLiveBytes;

    public StorageUpkeep(DataSource dataSource, @Value("${safepassage.intake.storage-compact-from:67108864}") long fromBytes,
                         @Value("${safepassage.intake.storage-compact-max-live:268435456}") long maxLiveBytes) {
        this.dataSource = dataSource;
        this.fromBytes = fromBytes;
        this.maxLiveBytes = maxLiveBytes;
    }

    @Scheduled(fixedDelayString = "${safepassage.intake.storage-upkeep:PT10S}", initialDelayString = "${safepassage.intake.storage-upkeep:PT10S}")
    void compactIfSparse() {
        CompactionWhileRunning.round(dataSource, fromBytes, maxLiveBytes, log::info, log::warn);
    }
}
