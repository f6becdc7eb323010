package org.safepassage.desk.system;

import javax.sql.DataSource;
import org.safepassage.core.storage.CompactionWhileRunning;
import org.safepassage.desk.progress.LongWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives the embedded database file back the space that imports, vetting runs and analysts' commits
 * leave dead, while the desk runs (a 20,000-registration import and its vetting run leave about 1 GB
 * for 31 MB of data): once a minute, when the file is over 64 MB, less than half of it live, what it
 * holds at most 1 GB (a pause of about ten seconds at most), and no import or vetting run is going
 * on, {@link CompactionWhileRunning}.
 */
@Component
public class StorageUpkeep {

    private static final Logger log = LoggerFactory.getLogger(StorageUpkeep.class);

    private final DataSource dataSource;
    private final LongWork work;
    private final long fromBytes;
    private final long maxLiveBytes;

    public StorageUpkeep(DataSource dataSource, LongWork work,
                         @Value("${safepassage.desk.storage-compact-from:67108864}") long fromBytes,
                         @Value("${safepassage.desk.storage-compact-max-live:1073741824}") long maxLiveBytes) {
        this.dataSource = dataSource;
        this.work = work;
        this.fromBytes = fromBytes;
        this.maxLiveBytes = maxLiveBytes;
    }

    @Scheduled(fixedDelayString = "${safepassage.desk.storage-upkeep:PT1M}", initialDelayString = "${safepassage.desk.storage-upkeep:PT1M}")
    void compactIfSparse() {
        if (!work.running().isEmpty()) {
            return;
        }
        CompactionWhileRunning.round(dataSource, fromBytes, maxLiveBytes, log::info, log::warn);
    }
}
